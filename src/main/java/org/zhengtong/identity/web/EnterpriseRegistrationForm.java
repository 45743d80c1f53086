package org.zhengtong.identity.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.zhengtong.identity.validation.MobileNumber;
import org.zhengtong.identity.validation.StrongPassword;
import org.zhengtong.identity.validation.ValidCreditCode;

/** 法人注册 form. */
record EnterpriseRegistrationForm(
		@NotBlank(message = "{identity.enterprise_name.required}") @Size(max = 200, message = "{identity.name.too_long}") String name,
		@NotBlank(message = "{identity.credit_code.missing}") @ValidCreditCode String creditCode,
		@NotBlank(message = "{identity.legal_rep.required}") @Size(max = 50, message = "{identity.name.too_long}") String legalRepName,
		@NotBlank(message = "{identity.mobile.required}") @MobileNumber String mobile,
		@StrongPassword String password,
		String passwordConfirm,
		@AssertTrue(message = "{identity.register.agree_required}") boolean agree) {

	static EnterpriseRegistrationForm empty() {
		return new EnterpriseRegistrationForm("", "", "", "", "", "", false);
	}

}
