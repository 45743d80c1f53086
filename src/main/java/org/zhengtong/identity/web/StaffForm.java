package org.zhengtong.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.zhengtong.identity.validation.StrongPassword;

/** New staff account (工作人员) with its primary position. */
record StaffForm(
		@NotBlank(message = "{identity.username.required}") @Pattern(regexp = "[a-z][a-z0-9._-]{2,31}", message = "{identity.username.format}") String username,
		@NotBlank(message = "{identity.name.required}") @Size(max = 50, message = "{identity.name.too_long}") String displayName,
		@NotNull(message = "{identity.staff.org.required}") Long orgId,
		@Size(max = 100, message = "{identity.name.too_long}") String title,
		@StrongPassword String password) {

	static StaffForm empty() {
		return new StaffForm("", "", null, "", "");
	}

}
