package org.zhengtong.services.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.UserId;

/**
 * 办件 — one application as stored. Personal numbers stay encrypted here; callers decrypt only
 * for the applicant themself and show {@link org.zhengtong.platform.crypto.Masking masked} values
 * to staff.
 */
public record ServiceApplication(long id, String receiptNo, long itemId, OrgId org, UserId applicant,
		String applicantKind, String applicantName, String idNumberEncrypted, String mobileEncrypted,
		String description, ApplicationStatus status, LocalDate submittedOn, LocalDate acceptedOn, LocalDate decidedOn,
		String decision, String processInstanceId, Instant createdAt) {
}
