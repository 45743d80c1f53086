package org.zhengtong.services.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 决定 — 准予 or 不予, the reasons, and for a refusal the remedy (复议、诉讼) the applicant has. */
record DecisionForm(@NotNull(message = "{services.handle.grant_required}") Boolean grant,
		@NotBlank(message = "{services.handle.reasons_required}") @Size(max = 4000, message = "{services.handle.text_too_long}") String reasons,
		@Size(max = 2000, message = "{services.handle.text_too_long}") String remedy) {

	static DecisionForm empty() {
		return new DecisionForm(null, "", "");
	}
}
