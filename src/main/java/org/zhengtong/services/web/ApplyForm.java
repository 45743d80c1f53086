package org.zhengtong.services.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.zhengtong.identity.validation.MobileNumber;

/**
 * 在线申请 — what the applicant types; the name comes from their account. {@code token} is
 * generated when the form is shown and sent back in a hidden field, so a retried submit is
 * recognised. The ID number or credit code is checked in the controller, by applicant kind.
 */
record ApplyForm(
		@NotBlank @Pattern(regexp = "[0-9a-f-]{36}", message = "{services.apply.token_invalid}") String token,
		@NotBlank(message = "{services.apply.id_number.required}") String idNumber,
		@NotBlank(message = "{services.apply.mobile.required}") @MobileNumber String mobile,
		@Size(max = 2000, message = "{services.apply.description.too_long}") String description) {
}
