package org.zhengtong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 统一社会信用代码 checks of GB 32100-2015. */
class UnifiedSocialCreditCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "9144030071526726XG", "91330100716105852F" })
	void publishedCodesAreValid_GB32100(String code) {
		assertThat(UnifiedSocialCreditCode.check(code)).isNull();
	}

	@Test
	void lowerCaseInputIsAcceptedAsUpperCase() {
		assertThat(UnifiedSocialCreditCode.isValid("9144030071526726xg")).isTrue();
	}

	@Test
	void aMistypedCharacterIsCaughtByTheCheckCharacter() {
		assertThat(UnifiedSocialCreditCode.check("91350100M000100Y44"))
			.isEqualTo(UnifiedSocialCreditCode.Problem.CHECK_CHARACTER);
		assertThat(UnifiedSocialCreditCode.check("91350100M000101Y43")).isNotNull();
	}

	@Test
	void lettersTheStandardExcludesAreFormatErrors() {
		// I, O, Z, S and V are not in the code's character set.
		assertThat(UnifiedSocialCreditCode.check("91350100M0001O0Y43"))
			.isEqualTo(UnifiedSocialCreditCode.Problem.FORMAT);
		assertThat(UnifiedSocialCreditCode.check("9135010")).isEqualTo(UnifiedSocialCreditCode.Problem.FORMAT);
	}

	@Test
	void theRegionPartMustBeDigits() {
		String first17 = "913A0100M000100Y4";
		assertThat(UnifiedSocialCreditCode.check(first17 + UnifiedSocialCreditCode.checkCharFor(first17)))
			.isEqualTo(UnifiedSocialCreditCode.Problem.REGION);
	}

	@Test
	void checkCharacterZeroWhenTheSumIsAMultipleOf31() {
		// Whatever the first 17, the computed character always validates.
		String first17 = "11339901ABCDEFGH1";
		assertThat(UnifiedSocialCreditCode.isValid(first17 + UnifiedSocialCreditCode.checkCharFor(first17))).isTrue();
	}
}
