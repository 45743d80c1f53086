package org.zhengtong.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhengtong.portal.DisclosureAttribute;
import org.zhengtong.portal.SecrecyMark;

/** 涉密信息不上网、上网信息不涉密: which combinations of mark and attribute may go public. */
class PublicationGuardTest {

	final PublicationGuard guard = new PublicationGuard();

	@ParameterizedTest
	@EnumSource(value = SecrecyMark.class, names = { "SECRET", "CONFIDENTIAL", "TOP_SECRET" })
	void classifiedContentNeverGoesPublic(SecrecyMark mark) {
		for (DisclosureAttribute attribute : DisclosureAttribute.values()) {
			assertThat(guard.mayBePublic(mark, attribute)).as("%s / %s", mark, attribute).isFalse();
		}
	}

	@ParameterizedTest
	@EnumSource(DisclosureAttribute.class)
	void unclassifiedContentGoesPublicUnless不予公开(DisclosureAttribute attribute) {
		assertThat(guard.mayBePublic(SecrecyMark.NONE, attribute)).isEqualTo(attribute != DisclosureAttribute.NOT_DISCLOSED);
	}
}
