package org.zhengtong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.zhengtong.identity.ResidentIdNumber;
import org.zhengtong.identity.UnifiedSocialCreditCode;

class DemoCountyGeneratorTest {

	@Test
	void theSameSeedGivesTheSameCounty() {
		assertThat(DemoCountyGenerator.regions(new Random(7))).isEqualTo(DemoCountyGenerator.regions(new Random(7)));
		assertThat(DemoCountyGenerator.regions(new Random(7))).isNotEqualTo(DemoCountyGenerator.regions(new Random(8)));
	}

	@Test
	void theDocumentedDemoNumbersAreValid() {
		assertThat(ResidentIdNumber.isValid(DemoAccounts.CITIZEN_ID_NUMBER)).isTrue();
		assertThat(UnifiedSocialCreditCode.isValid(DemoAccounts.ENTERPRISE_CREDIT_CODE)).isTrue();
	}
}
