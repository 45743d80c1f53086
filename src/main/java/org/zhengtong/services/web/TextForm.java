package org.zhengtong.services.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A handling step that needs written text: 补正通知, 不予受理理由, 审查意见. */
record TextForm(@NotBlank(message = "{services.handle.text_required}")
		@Size(max = 4000, message = "{services.handle.text_too_long}") String text) {

	static TextForm empty() {
		return new TextForm("");
	}
}
