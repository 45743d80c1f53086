package org.zhengtong.identity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.zhengtong.identity.ResidentIdNumber;
import org.zhengtong.identity.UnifiedSocialCreditCode;
import org.zhengtong.identity.UserKind;
import org.zhengtong.platform.crypto.PersonalDataProtector;

/**
 * Finds the account behind what was typed in the login box: a staff username, a citizen's ID
 * number or mobile number, or an enterprise's credit code.
 */
@Service
class ZtUserDetailsService implements UserDetailsService {

	static final String CITIZEN_AUTHORITY = "account.use";

	private final UserAccounts accounts;

	private final RoleGrants grants;

	private final PersonalDataProtector protector;

	ZtUserDetailsService(UserAccounts accounts, RoleGrants grants, PersonalDataProtector protector) {
		this.accounts = accounts;
		this.grants = grants;
		this.protector = protector;
	}

	@Override
	public ZtPrincipal loadUserByUsername(String identifier) {
		return findAccount(identifier).map(this::principalOf)
			.orElseThrow(() -> new UsernameNotFoundException("no account"));
	}

	Optional<UserAccount> findAccount(String identifier) {
		if (identifier == null || identifier.isBlank()) {
			return Optional.empty();
		}
		String value = identifier.trim();
		Optional<UserAccount> byUsername = accounts.findByUsername(value);
		if (byUsername.isPresent()) {
			return byUsername;
		}
		if (value.matches("\\d{17}[\\dxX]")) {
			Optional<UserAccount> byId = accounts.findByIdNumberIndex(protector.blindIndex(ResidentIdNumber.normalise(value)));
			if (byId.isPresent()) {
				return byId;
			}
		}
		if (value.matches("1\\d{10}")) {
			// A mobile number may be shared (a family phone); it identifies an account only when unique.
			List<UserAccount> byMobile = accounts.findByMobileIndex(protector.blindIndex(value));
			if (byMobile.size() == 1) {
				return Optional.of(byMobile.get(0));
			}
		}
		if (value.length() == 18) {
			return accounts.findByCreditCode(UnifiedSocialCreditCode.normalise(value));
		}
		return Optional.empty();
	}

	ZtPrincipal principalOf(UserAccount account) {
		List<String> roles = new ArrayList<>();
		Set<String> permissions = new TreeSet<>();
		for (RoleGrants.Grant grant : grants.grantsOf(account.id())) {
			roles.add(grant.roleCode());
			permissions.addAll(grants.permissionsOf(grant.roleCode()));
		}
		if (account.kind() != UserKind.STAFF) {
			permissions.add(CITIZEN_AUTHORITY);
		}
		String organisation = null;
		Long organisationId = null;
		List<RoleGrants.Position> positions = grants.positionsOf(account.id());
		if (!positions.isEmpty()) {
			organisation = positions.get(0).orgName();
			organisationId = positions.get(0).orgId().value();
		}
		return new ZtPrincipal(account.id(), account.kind(), account.username(), account.displayName(), organisation,
				organisationId, roles, permissions, account.passwordHash(), account.enabled(),
				account.lockedAt(Instant.now()));
	}
}
