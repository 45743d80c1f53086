package org.zhengtong.audit.web;

import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhengtong.audit.AuditVerification;
import org.zhengtong.audit.VerificationResult;
import org.zhengtong.platform.audit.AuditTrail;

/** The same verification as the page, as JSON with ISO 8601 times, for monitoring. */
@RestController
class AuditVerificationApi {

	private final AuditVerification verification;

	private final AuditTrail trail;

	private final MessageSource messages;

	AuditVerificationApi(AuditVerification verification, AuditTrail trail, MessageSource messages) {
		this.verification = verification;
		this.trail = trail;
		this.messages = messages;
	}

	/** The JSON body: problem is the stable code, message its text in the caller's language. */
	record VerificationBody(boolean intact, long rowsChecked, Long firstBadSeq, String problem, String message,
			Long checkpointSeq, long lastSeq, Instant verifiedAt, long tookMillis) {
	}

	@GetMapping("/api/audit/verification")
	@PreAuthorize("hasAuthority('audit.read')")
	VerificationBody verification(Locale locale) {
		VerificationResult result = verification.verify();
		trail.record(AuditTrailController.verified(result));
		String message = result.intact()
				? messages.getMessage("audit.verify.intact", new Object[] { result.rowsChecked(), result.took().toMillis() },
						locale)
				: messages.getMessage("audit.verify.broken", new Object[] { result.firstBadSeq(),
						messages.getMessage(result.problem().messageKey(), null, locale) }, locale);
		return new VerificationBody(result.intact(), result.rowsChecked(), result.firstBadSeq(),
				result.problem() == null ? null : result.problem().name(), message, result.checkpointSeq(),
				result.lastSeq(), result.verifiedAt(), result.took().toMillis());
	}
}
