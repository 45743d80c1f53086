package org.zhengtong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhengtong.identity.validation.StrongPassword;

/** 等保 2.0 level 3: at least 8 characters from at least 3 of 4 classes. */
class PasswordRuleTest {

	@ParameterizedTest
	@ValueSource(strings = { "Demo@2026", "abcDEF12", "abc@1234", "ABC#defg", "政通Ab1!xyz" })
	void acceptedPasswords_等保三级(String password) {
		assertThat(StrongPassword.Validator.isStrong(password)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ab1@xyz", "abcdefgh", "abcd1234", "ABCDEFGH12", "        ", "" })
	void refusedPasswords_等保三级(String password) {
		assertThat(StrongPassword.Validator.isStrong(password)).isFalse();
	}
}
