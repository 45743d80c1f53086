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

import org.zhengtong.identity.UnifiedSocialCreditCode;

/** A 统一社会信用代码 that passes GB 32100-2015. Empty is allowed unless also @NotBlank. */
@Documented
@Constraint(validatedBy = ValidCreditCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCreditCode {

	String message() default "{identity.credit_code.format}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidCreditCode, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			UnifiedSocialCreditCode.Problem problem = UnifiedSocialCreditCode.check(value);
			return Messages.report(problem == null ? null : problem.messageKey(), context);
		}
	}
}
