package org.zhengtong.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.zhengtong.identity.OrgKind;
import org.zhengtong.identity.validation.ValidCreditCode;

/** New organisation, department or division. Divisions have no credit code of their own. */
record OrganisationForm(
		@NotBlank(message = "{identity.org.name.required}") @Size(max = 200, message = "{identity.name.too_long}") String name,
		@Size(max = 100, message = "{identity.name.too_long}") String shortName,
		@NotNull(message = "{identity.org.kind.required}") OrgKind kind,
		Long parentId,
		@ValidCreditCode String creditCode,
		@NotBlank(message = "{identity.org.region.required}") @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}", message = "{identity.org.region.format}") String regionCode) {

	static OrganisationForm empty() {
		return new OrganisationForm("", "", OrgKind.DEPARTMENT, null, "", "");
	}
}
