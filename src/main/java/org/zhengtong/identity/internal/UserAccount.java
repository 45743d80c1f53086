package org.zhengtong.identity.internal;

import java.time.Instant;

import org.zhengtong.identity.UserId;
import org.zhengtong.identity.UserKind;

/**
 * A user account as stored: personal numbers stay encrypted here and are decrypted only where
 * shown to the person themself or masked for others.
 */
record UserAccount(long id, UserKind kind, String username, String displayName, String passwordHash,
		String idNumberEncrypted, String mobileEncrypted, String creditCode, String legalRepName, boolean enabled,
		boolean demoAccount, int failedLogins, Instant lockedUntil, String totpSecretEncrypted, boolean totpEnrolled,
		Long totpLastStep, Instant createdAt, Instant lastLoginAt) {

	UserId userId() {
		return new UserId(id);
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	boolean isStaff() {
		return kind == UserKind.STAFF;
	}
}
