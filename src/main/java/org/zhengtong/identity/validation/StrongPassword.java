package org.zhengtong.identity.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * 等保 2.0 level 3 password complexity: at least 8 characters from at least 3 of the 4 classes
 * upper case, lower case, digits and symbols.
 */
@Documented
@Constraint(validatedBy = StrongPassword.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface StrongPassword {

	String message() default "{identity.password.weak}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	int MIN_LENGTH = 8;

	class Validator implements ConstraintValidator<StrongPassword, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return isStrong(value);
		}

		public static boolean isStrong(String value) {
			if (value == null || value.length() < MIN_LENGTH || value.length() > 128) {
				return false;
			}
			boolean upper = false;
			boolean lower = false;
			boolean digit = false;
			boolean symbol = false;
			for (char c : value.toCharArray()) {
				if (c >= 'A' && c <= 'Z') {
					upper = true;
				}
				else if (c >= 'a' && c <= 'z') {
					lower = true;
				}
				else if (c >= '0' && c <= '9') {
					digit = true;
				}
				else if (!Character.isWhitespace(c)) {
					symbol = true;
				}
			}
			int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
			return classes >= 3;
		}
	}
}
