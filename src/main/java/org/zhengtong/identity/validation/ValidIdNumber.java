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

import org.zhengtong.identity.ResidentIdNumber;

/** A 公民身份号码 that passes GB 11643-1999 (format, region, birth date, check digit). */
@Documented
@Constraint(validatedBy = ValidIdNumber.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIdNumber {

	String message() default "{identity.id_number.format}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Tells which part is wrong, so the person knows what to fix. */
	class Validator implements ConstraintValidator<ValidIdNumber, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			ResidentIdNumber.Problem problem = ResidentIdNumber.check(value, java.time.LocalDate.now());
			return Messages.report(problem == null ? null : problem.messageKey(), context);
		}
	}
}
