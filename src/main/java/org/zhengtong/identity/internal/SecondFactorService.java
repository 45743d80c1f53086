package org.zhengtong.identity.internal;

import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.DemoMode;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;
import org.zhengtong.platform.crypto.PersonalDataProtector;

/**
 * The staff second factor (等保 2.0 level 3: two factors for staff): enrolment with an
 * authenticator app, and checking a code, each code usable once.
 */
@Service
public class SecondFactorService {

	private final UserAccounts accounts;

	private final TotpCodes totp;

	private final PersonalDataProtector protector;

	private final LoginAttempts attempts;

	private final AuditTrail audit;

	private final DemoMode demoMode;

	SecondFactorService(UserAccounts accounts, TotpCodes totp, PersonalDataProtector protector, LoginAttempts attempts,
			AuditTrail audit, DemoMode demoMode) {
		this.accounts = accounts;
		this.totp = totp;
		this.protector = protector;
		this.attempts = attempts;
		this.audit = audit;
		this.demoMode = demoMode;
	}

	/** What the second-factor page shows: enrolment (QR + secret) or just the code box. */
	public record Challenge(boolean enrolled, String qrDataUri, String secret, String otpauthUri, String demoCode) {
	}

	/** Outcome of a typed code. */
	public enum Outcome {

		ACCEPTED, WRONG, LOCKED

	}

	@Transactional
	public Challenge challenge(long userId) {
		UserAccount account = accounts.findById(userId).orElseThrow();
		String secret = account.totpSecretEncrypted() == null ? null : protector.decrypt(account.totpSecretEncrypted());
		if (secret == null) {
			secret = totp.newSecret();
			accounts.storeTotpSecret(userId, protector.encrypt(secret), false);
		}
		String demoCode = demoMode.isEnabled() && account.demoAccount() ? totp.currentCode(secret) : null;
		if (account.totpEnrolled()) {
			return new Challenge(true, null, null, null, demoCode);
		}
		String label = account.username();
		return new Challenge(false, totp.qrDataUri(label, secret), secret, totp.otpauthUri(label, secret), demoCode);
	}

	@Transactional
	public Outcome verify(long userId, String code) {
		UserAccount account = accounts.findById(userId).orElseThrow();
		if (account.lockedAt(java.time.Instant.now())) {
			attempts.lockedAttempt(account);
			return Outcome.LOCKED;
		}
		String secret = account.totpSecretEncrypted() == null ? null : protector.decrypt(account.totpSecretEncrypted());
		OptionalLong step = secret == null ? OptionalLong.empty() : totp.matchingStep(secret, code);
		if (step.isEmpty() || !accounts.useTotpStep(userId, step.getAsLong())) {
			LoginAttempts.Failure failure = attempts.failed(Optional.of(account), account.username(), "second-factor");
			return failure.lockedNow() ? Outcome.LOCKED : Outcome.WRONG;
		}
		if (!account.totpEnrolled()) {
			accounts.markTotpEnrolled(userId);
			audit.record(AuditRecord.success("identity.second_factor.enrol", "user", userId)
				.by(LoginAttempts.actorOf(account)));
		}
		attempts.succeeded(account, "second-factor");
		return Outcome.ACCEPTED;
	}

	/** Demo accounts get deterministic secrets from the generator, already enrolled. */
	void enrolImported(long userId, String secret) {
		accounts.storeTotpSecret(userId, protector.encrypt(secret), true);
	}

	Optional<UserAccount> account(long userId) {
		return accounts.findById(userId);
	}
}
