package org.zhengtong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 公民身份号码 checks of GB 11643-1999. */
class ResidentIdNumberTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "440524188001010014", "11010519491231002x" })
	void examplesFromTheStandardAreValid_GB11643(String number) {
		// 440524188001010014 is born in 1880, before 1900: the standard's own example, kept as
		// format-valid but refused as a living person's birth date below.
		ResidentIdNumber.Problem problem = ResidentIdNumber.check(number, TODAY);
		if (number.startsWith("4405241880")) {
			assertThat(problem).isEqualTo(ResidentIdNumber.Problem.BIRTH_DATE);
		}
		else {
			assertThat(problem).isNull();
		}
	}

	@Test
	void checkDigitIsComputedWithIso7064Mod11_2() {
		assertThat(ResidentIdNumber.checkCharFor("11010519491231002")).isEqualTo('X');
		assertThat(ResidentIdNumber.checkCharFor("44052418800101001")).isEqualTo('4');
	}

	@Test
	void aMistypedDigitIsCaughtByTheCheckDigit() {
		assertThat(ResidentIdNumber.check("110105194912310021", TODAY))
			.isEqualTo(ResidentIdNumber.Problem.CHECK_DIGIT);
		// Two neighbouring digits swapped.
		assertThat(ResidentIdNumber.check("11010519492131002X", TODAY)).isNotNull();
	}

	@Test
	void impossibleBirthDatesAreRefused() {
		String feb30 = "3399012026023000" + "1";
		assertThat(ResidentIdNumber.check(feb30 + ResidentIdNumber.checkCharFor(feb30), TODAY))
			.isEqualTo(ResidentIdNumber.Problem.BIRTH_DATE);
		String future = "33990120270101001";
		assertThat(ResidentIdNumber.check(future + ResidentIdNumber.checkCharFor(future), TODAY))
			.isEqualTo(ResidentIdNumber.Problem.BIRTH_DATE);
	}

	@Test
	void anUnknownProvinceCodeIsRefused() {
		String first17 = "99010519491231002";
		assertThat(ResidentIdNumber.check(first17 + ResidentIdNumber.checkCharFor(first17), TODAY))
			.isEqualTo(ResidentIdNumber.Problem.REGION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1101051949123100", "11010519491231002Y", "1101051949123100２X", "ABCDEFGHIJKLMNOPQR" })
	void wrongShapesAreFormatErrors(String number) {
		assertThat(ResidentIdNumber.check(number, TODAY)).isEqualTo(ResidentIdNumber.Problem.FORMAT);
	}

	@Test
	void emptyIsMissing() {
		assertThat(ResidentIdNumber.check("  ", TODAY)).isEqualTo(ResidentIdNumber.Problem.MISSING);
		assertThat(ResidentIdNumber.check(null, TODAY)).isEqualTo(ResidentIdNumber.Problem.MISSING);
	}
}
