package org.zhengtong.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.audit.AuditActor;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;

/**
 * Counts failed logins and locks an account for 30 minutes after the fifth; every attempt,
 * lock-out and success is on the audit record.
 */
@Service
class LoginAttempts {

	private final UserAccounts accounts;

	private final AuditTrail audit;

	private final Clock clock;

	LoginAttempts(UserAccounts accounts, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Outcome of a failed attempt, for the message shown. */
	record Failure(boolean knownAccount, boolean lockedNow, int attemptsLeft, Instant lockedUntil) {
	}

	@Transactional
	Failure failed(Optional<UserAccount> account, String typedIdentifier, String step) {
		if (account.isEmpty()) {
			audit.record(AuditRecord.failure("identity.login", "user", null)
				.withDetail(step + ": unknown account")
				.by(AuditActor.of(null, mask(typedIdentifier), "", "")));
			return new Failure(false, false, LoginPolicy.MAX_FAILED_ATTEMPTS, null);
		}
		UserAccount user = accounts.findById(account.get().id()).orElseThrow();
		Instant now = clock.instant();
		AuditActor actor = actorOf(user);
		if (user.lockedAt(now)) {
			audit.record(AuditRecord.failure("identity.login", "user", user.id()).withDetail(step + ": locked").by(actor));
			return new Failure(true, true, 0, user.lockedUntil());
		}
		int failures = user.failedLogins() + 1;
		if (failures >= LoginPolicy.MAX_FAILED_ATTEMPTS) {
			Instant until = now.plus(LoginPolicy.LOCK_DURATION);
			accounts.recordFailedLogin(user.id(), 0, until);
			audit.record(AuditRecord.failure("identity.login", "user", user.id()).withDetail(step).by(actor));
			audit.record(AuditRecord.success("identity.account.lock", "user", user.id())
				.withDetail(LoginPolicy.MAX_FAILED_ATTEMPTS + " failed attempts")
				.by(actor));
			return new Failure(true, true, 0, until);
		}
		accounts.recordFailedLogin(user.id(), failures, null);
		audit.record(AuditRecord.failure("identity.login", "user", user.id()).withDetail(step).by(actor));
		return new Failure(true, false, LoginPolicy.MAX_FAILED_ATTEMPTS - failures, null);
	}

	@Transactional
	void lockedAttempt(UserAccount user) {
		audit.record(AuditRecord.failure("identity.login", "user", user.id()).withDetail("password: locked").by(actorOf(user)));
	}

	@Transactional
	void succeeded(UserAccount user, String step) {
		accounts.recordSuccessfulLogin(user.id());
		audit.record(AuditRecord.success("identity.login", "user", user.id()).withDetail(step).by(actorOf(user)));
	}

	static AuditActor actorOf(UserAccount user) {
		return AuditActor.of(Long.toString(user.id()), user.displayName() + " (" + user.username() + ")", "", "");
	}

	/** Never write a typed ID number into the trail in clear. */
	static String mask(String typed) {
		if (typed == null) {
			return "";
		}
		String value = typed.trim();
		if (value.length() > 8) {
			return value.substring(0, 3) + "***" + value.substring(value.length() - 2);
		}
		return value.length() > 32 ? value.substring(0, 32) : value;
	}
}
