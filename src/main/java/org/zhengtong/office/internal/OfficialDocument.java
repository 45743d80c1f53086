package org.zhengtong.office.internal;

import java.time.Instant;
import java.time.LocalDate;

/** 公文 — one official document with the GB/T 9704-2012 elements and its place in the flow. */
public record OfficialDocument(long id, DocumentKind kind, long orgId, long drafterId, String title, String issuerCode,
		String copyNumber, Classification classification, String secrecyPeriod, Urgency urgency, String issuingMark,
		String mainRecipients, String copyRecipients, String attachmentNote, String signatureName, String annotation,
		String printingOrg, String bodyHtml, int bodyVersion, Stage stage, String processId, Integer year,
		Long serial, String number, Long signerId, String signerName, LocalDate signedOn, LocalDate printedOn,
		String sealedFileId, String sealedFileSm3, Long sealId, Instant createdAt, Instant updatedAt) {

	public boolean classified() {
		return classification.classified();
	}
}
