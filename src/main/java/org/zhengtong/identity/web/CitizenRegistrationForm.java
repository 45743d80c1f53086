package org.zhengtong.identity.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.zhengtong.identity.validation.MobileNumber;
import org.zhengtong.identity.validation.StrongPassword;
import org.zhengtong.identity.validation.ValidIdNumber;

/** 自然人注册 form. */
record CitizenRegistrationForm(
		@NotBlank(message = "{identity.name.required}") @Size(max = 50, message = "{identity.name.too_long}") String name,
		@ValidIdNumber String idNumber,
		@NotBlank(message = "{identity.mobile.required}") @MobileNumber String mobile,
		@StrongPassword String password,
		String passwordConfirm,
		@AssertTrue(message = "{identity.register.agree_required}") boolean agree) {

	static CitizenRegistrationForm empty() {
		return new CitizenRegistrationForm("", "", "", "", "", false);
	}

}
