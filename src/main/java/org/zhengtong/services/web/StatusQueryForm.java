package org.zhengtong.services.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** 办件查询 — receipt number and the last six characters of the applicant's ID number or credit code. */
record StatusQueryForm(
		@NotBlank(message = "{services.status_query.receipt.required}") @Pattern(regexp = "\\s*\\d{20}\\s*", message = "{services.status_query.receipt.format}") String receiptNo,
		@NotBlank(message = "{services.status_query.tail.required}") @Pattern(regexp = "\\s*[0-9A-Za-z]{6}\\s*", message = "{services.status_query.tail.format}") String tail) {

	static StatusQueryForm empty() {
		return new StatusQueryForm("", "");
	}
}
