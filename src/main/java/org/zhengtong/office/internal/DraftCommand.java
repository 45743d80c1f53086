package org.zhengtong.office.internal;

import java.util.List;

/** What a drafter fills in (拟稿): the GB/T 9704 elements that are known before sign-off. */
public record DraftCommand(DocumentKind kind, String title, String issuerCode, String copyNumber,
		Classification classification, String secrecyPeriod, Urgency urgency, String issuingMark,
		String mainRecipients, String copyRecipients, String attachmentNote, String signatureName, String annotation,
		String printingOrg, String bodyHtml, List<Long> cosignOrgIds) {
}
