package org.zhengtong.identity.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Replaces a constraint's default message with the one for the exact problem found. */
final class Messages {

	private Messages() {
	}

	static boolean report(String messageKey, ConstraintValidatorContext context) {
		if (messageKey == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate("{" + messageKey + "}").addConstraintViolation();
		return false;
	}
}
