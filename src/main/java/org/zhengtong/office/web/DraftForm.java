package org.zhengtong.office.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.zhengtong.office.internal.Classification;
import org.zhengtong.office.internal.DocumentKind;
import org.zhengtong.office.internal.DraftCommand;
import org.zhengtong.office.internal.Urgency;

/** 拟稿 form: the GB/T 9704 elements a drafter fills in. */
record DraftForm(@NotNull(message = "{office.field.required}") DocumentKind kind, @NotBlank(message = "{office.field.required}") @Size(max = 200, message = "{office.field.too_long}") String title,
		@NotBlank(message = "{office.field.required}") @Size(max = 40, message = "{office.field.too_long}") String issuerCode, @Pattern(regexp = "\\d{6}|", message = "{office.copy_number.invalid}") String copyNumber,
		@NotNull(message = "{office.field.required}") Classification classification, @Size(max = 40, message = "{office.field.too_long}") String secrecyPeriod, @NotNull(message = "{office.field.required}") Urgency urgency,
		@NotBlank(message = "{office.field.required}") @Size(max = 100, message = "{office.field.too_long}") String issuingMark, @NotBlank(message = "{office.field.required}") @Size(max = 400, message = "{office.field.too_long}") String mainRecipients,
		@Size(max = 400, message = "{office.field.too_long}") String copyRecipients, @Size(max = 400, message = "{office.field.too_long}") String attachmentNote,
		@NotBlank(message = "{office.field.required}") @Size(max = 100, message = "{office.field.too_long}") String signatureName, @Size(max = 200, message = "{office.field.too_long}") String annotation,
		@NotBlank(message = "{office.field.required}") @Size(max = 100, message = "{office.field.too_long}") String printingOrg, @NotBlank(message = "{office.field.required}") @Size(max = 200000, message = "{office.field.too_long}") String bodyHtml,
		List<Long> cosignOrgIds) {

	static DraftForm empty(String organisationName) {
		return new DraftForm(DocumentKind.NOTICE, "", "", "", Classification.NONE, "", Urgency.NORMAL,
				organisationName + "文件", "", "", "", organisationName, "", organisationName, "", List.of());
	}

	DraftCommand command() {
		return new DraftCommand(kind, title, issuerCode, copyNumber, classification, secrecyPeriod, urgency, issuingMark,
				mainRecipients, copyRecipients, attachmentNote, signatureName, annotation, printingOrg, bodyHtml,
				cosignOrgIds == null ? List.of() : cosignOrgIds);
	}
}
