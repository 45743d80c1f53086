package org.zhengtong.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.identity.AccountRegistered;
import org.zhengtong.identity.IdentityErrors;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.ResidentIdNumber;
import org.zhengtong.identity.UnifiedSocialCreditCode;
import org.zhengtong.identity.UserId;
import org.zhengtong.identity.UserKind;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;
import org.zhengtong.platform.crypto.Masking;
import org.zhengtong.platform.crypto.PersonalDataProtector;

/**
 * Accounts: citizens and enterprises register themselves; the system administrator creates
 * staff, disables and unlocks accounts. Personal numbers are encrypted before they are stored.
 */
@Service
public class AccountService {

	private final UserAccounts accounts;

	private final RoleGrants grants;

	private final PersonalDataProtector protector;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	AccountService(UserAccounts accounts, RoleGrants grants, PersonalDataProtector protector, PasswordEncoder passwords,
			AuditTrail audit, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.grants = grants;
		this.protector = protector;
		this.passwords = passwords;
		this.audit = audit;
		this.events = events;
	}

	public boolean idNumberRegistered(String idNumber) {
		return accounts.existsByIdNumberIndex(protector.blindIndex(ResidentIdNumber.normalise(idNumber)));
	}

	public boolean creditCodeRegistered(String creditCode) {
		return accounts.existsByCreditCode(UnifiedSocialCreditCode.normalise(creditCode));
	}

	public boolean usernameTaken(String username) {
		return accounts.existsByUsername(username.trim());
	}

	/** 自然人注册. The caller has validated the form; uniqueness is checked again here. */
	@Transactional
	public UserId registerCitizen(String name, String idNumber, String mobile, String rawPassword) {
		UserId id = insertCitizen(name, idNumber, mobile, passwords.encode(rawPassword), false);
		audit.record(AuditRecord.success("identity.citizen.register", "user", id)
			.by(LoginAttempts.actorOf(accounts.findById(id.value()).orElseThrow())));
		events.publishEvent(new AccountRegistered(id, UserKind.CITIZEN, java.time.Instant.now()));
		return id;
	}

	/** 法人注册. */
	@Transactional
	public UserId registerEnterprise(String name, String creditCode, String legalRepName, String mobile,
			String rawPassword) {
		UserId id = insertEnterprise(name, creditCode, legalRepName, mobile, passwords.encode(rawPassword), false);
		audit.record(AuditRecord.success("identity.enterprise.register", "user", id)
			.by(LoginAttempts.actorOf(accounts.findById(id.value()).orElseThrow())));
		events.publishEvent(new AccountRegistered(id, UserKind.ENTERPRISE, java.time.Instant.now()));
		return id;
	}

	UserId insertCitizen(String name, String idNumber, String mobile, String passwordHash, boolean demo) {
		String normalised = ResidentIdNumber.normalise(idNumber);
		String mobileValue = mobile == null || mobile.isBlank() ? null : mobile.trim();
		// Citizens sign in with their ID number or mobile; the username is an internal handle.
		String username = "p" + protector.blindIndex(normalised).substring(0, 15);
		long id = accounts.insert(new UserAccounts.NewAccount(UserKind.CITIZEN, username, name.trim(),
				passwordHash, protector.encrypt(normalised), protector.blindIndex(normalised),
				protector.encrypt(mobileValue), protector.blindIndex(mobileValue), null, null, demo));
		return new UserId(id);
	}

	UserId insertEnterprise(String name, String creditCode, String legalRepName, String mobile, String passwordHash,
			boolean demo) {
		String code = UnifiedSocialCreditCode.normalise(creditCode);
		String mobileValue = mobile == null || mobile.isBlank() ? null : mobile.trim();
		long id = accounts.insert(new UserAccounts.NewAccount(UserKind.ENTERPRISE, "e" + code, name.trim(),
				passwordHash, null, null, protector.encrypt(mobileValue), protector.blindIndex(mobileValue), code,
				legalRepName.trim(), demo));
		return new UserId(id);
	}

	UserId insertStaff(String username, String displayName, String passwordHash, OrgId org, String title,
			boolean demo) {
		long id = accounts.insert(new UserAccounts.NewAccount(UserKind.STAFF, username.trim(), displayName.trim(),
				passwordHash, null, null, null, null, null, null, demo));
		grants.insertPosition(id, org.value(), title, true);
		return new UserId(id);
	}

	/** The system administrator creates a staff account; the person enrols a second factor at first login. */
	@Transactional
	@PreAuthorize("hasAuthority('identity.user.manage')")
	public UserId createStaff(String username, String displayName, String rawPassword, OrgId org, String title) {
		UserId id = insertStaff(username, displayName, passwords.encode(rawPassword), org, title, false);
		audit.record(AuditRecord.success("identity.user.create", "user", id).withDetail("staff " + username));
		return id;
	}

	@Transactional
	@PreAuthorize("hasAuthority('identity.user.manage')")
	public void setEnabled(UserId id, boolean enabled) {
		accounts.findById(id.value()).orElseThrow(() -> IdentityErrors.userNotFound(id));
		accounts.setEnabled(id.value(), enabled);
		audit.record(AuditRecord.success(enabled ? "identity.user.enable" : "identity.user.disable", "user", id));
	}

	@Transactional
	@PreAuthorize("hasAuthority('identity.user.manage')")
	public void unlock(UserId id) {
		accounts.findById(id.value()).orElseThrow(() -> IdentityErrors.userNotFound(id));
		accounts.unlock(id.value());
		audit.record(AuditRecord.success("identity.user.unlock", "user", id));
	}

	/** The system administrator resets a staff member's second factor (lost phone). */
	@Transactional
	@PreAuthorize("hasAuthority('identity.user.manage')")
	public void resetSecondFactor(UserId id) {
		accounts.findById(id.value()).orElseThrow(() -> IdentityErrors.userNotFound(id));
		accounts.storeTotpSecret(id.value(), null, false);
		audit.record(AuditRecord.success("identity.user.second_factor.reset", "user", id));
	}

	@PreAuthorize("hasAuthority('identity.user.manage') or hasAuthority('identity.role.grant')")
	public UserPage page(UserKind kind, String query, int page, int size) {
		String q = query == null ? "" : query.trim();
		List<UserSummary> rows = accounts.page(kind, q, page * size, size).stream().map(this::masked).toList();
		return new UserPage(rows, accounts.count(kind, q), page, size);
	}

	@PreAuthorize("hasAuthority('identity.user.manage') or hasAuthority('identity.role.grant')")
	public UserSummary summary(UserId id) {
		return accounts.findById(id.value()).map(this::masked).orElseThrow(() -> IdentityErrors.userNotFound(id));
	}

	public Optional<UserSummary> findByUsername(String username) {
		return accounts.findByUsername(username.trim()).map(this::masked);
	}

	/** The person's own record, numbers in clear: only ever shown to that person. */
	public OwnAccount own(long userId) {
		UserAccount account = accounts.findById(userId).orElseThrow(() -> IdentityErrors.userNotFound(userId));
		return new OwnAccount(account.kind(), account.displayName(), protector.decrypt(account.idNumberEncrypted()),
				protector.decrypt(account.mobileEncrypted()), account.creditCode(), account.legalRepName(),
				account.createdAt(), account.lastLoginAt());
	}

	private UserSummary masked(UserAccount account) {
		List<RoleGrants.Position> positions = grants.positionsOf(account.id());
		String org = positions.isEmpty() ? null : positions.get(0).orgName();
		String title = positions.isEmpty() ? null : positions.get(0).title();
		List<String> roles = grants.grantsOf(account.id()).stream().map(RoleGrants.Grant::roleName).toList();
		return new UserSummary(account.userId(), account.kind(), account.username(), account.displayName(),
				Masking.idNumber(protector.decrypt(account.idNumberEncrypted())),
				Masking.mobile(protector.decrypt(account.mobileEncrypted())), account.creditCode(), org, title, roles,
				account.enabled(), account.lockedAt(java.time.Instant.now()), account.totpEnrolled(),
				account.createdAt());
	}

	/** An account as administrators see it: personal numbers masked. */
	public record UserSummary(UserId id, UserKind kind, String username, String displayName, String maskedIdNumber,
			String maskedMobile, String creditCode, String organisation, String title, List<String> roles,
			boolean enabled, boolean locked, boolean secondFactorEnrolled, java.time.Instant createdAt) {
	}

	public record UserPage(List<UserSummary> rows, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}
	}

	/** What a citizen or enterprise sees of their own account. */
	public record OwnAccount(UserKind kind, String displayName, String idNumber, String mobile, String creditCode,
			String legalRepName, java.time.Instant createdAt, java.time.Instant lastLoginAt) {
	}
}
