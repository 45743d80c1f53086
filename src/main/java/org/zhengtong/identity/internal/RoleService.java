package org.zhengtong.identity.internal;

import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.identity.DataScope;
import org.zhengtong.identity.IdentityErrors;
import org.zhengtong.identity.UserId;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;

/**
 * The security administrator's work: granting and revoking roles with data scopes, and choosing
 * business roles' permissions. Keeps the three administrators (三员) apart: their roles have
 * fixed permissions, no account holds two of them, no business role gets an administrator's
 * permission, and nobody grants themselves anything.
 */
@Service
public class RoleService {

	/** Permissions that belong to the 三员 roles only. */
	static final Set<String> RESERVED = Set.of("identity.org.manage", "identity.user.manage", "identity.role.grant",
			"audit.read", "platform.calendar.manage");

	private final RoleGrants grants;

	private final UserAccounts accounts;

	private final AuditTrail audit;

	RoleService(RoleGrants grants, UserAccounts accounts, AuditTrail audit) {
		this.grants = grants;
		this.accounts = accounts;
		this.audit = audit;
	}

	public List<RoleGrants.Role> roles() {
		return grants.roles();
	}

	public List<RoleGrants.Grant> grantsOf(UserId user) {
		return grants.grantsOf(user.value());
	}

	@Transactional
	@PreAuthorize("hasAuthority('identity.role.grant')")
	public void grant(UserId user, String roleCode, DataScope scope) {
		checkNotSelf(user);
		insertGrant(user, roleCode, scope, currentUserId());
		audit.record(AuditRecord.success("identity.role.grant", "user", user)
			.withDetail(roleCode + " scope=" + describe(scope)));
	}

	/** The checks every grant passes, also for imports. */
	void insertGrant(UserId user, String roleCode, DataScope scope, Long grantedBy) {
		accounts.findById(user.value()).orElseThrow(() -> IdentityErrors.userNotFound(user));
		RoleGrants.Role role = grants.role(roleCode).orElseThrow(() -> IdentityErrors.roleNotFound(roleCode));
		if (role.isAdministrator()) {
			grants.grantsOf(user.value())
				.stream()
				.filter(existing -> existing.adminKind() != null && !existing.roleCode().equals(roleCode))
				.findFirst()
				.ifPresent(existing -> {
					throw IdentityErrors.adminRolesExclusive(existing.roleName());
				});
		}
		grants.deleteGrant(user.value(), roleCode);
		grants.insertGrant(user.value(), roleCode, scope, grantedBy);
	}

	@Transactional
	@PreAuthorize("hasAuthority('identity.role.grant')")
	public void revoke(UserId user, String roleCode) {
		checkNotSelf(user);
		if (grants.deleteGrant(user.value(), roleCode) == 0) {
			throw IdentityErrors.roleNotFound(roleCode);
		}
		audit.record(AuditRecord.success("identity.role.revoke", "user", user).withDetail(roleCode));
	}

	@Transactional
	@PreAuthorize("hasAuthority('identity.role.grant')")
	public void setPermission(String roleCode, String permission, boolean granted) {
		RoleGrants.Role role = grants.role(roleCode).orElseThrow(() -> IdentityErrors.roleNotFound(roleCode));
		if (role.isAdministrator()) {
			throw IdentityErrors.administratorRoleFixed();
		}
		if (RESERVED.contains(permission)) {
			throw IdentityErrors.reservedPermission(permission);
		}
		if (granted) {
			grants.addPermission(roleCode, permission);
		}
		else {
			grants.removePermission(roleCode, permission);
		}
		audit.record(AuditRecord.success(granted ? "identity.role.permission.add" : "identity.role.permission.remove",
				"role", roleCode).withDetail(permission));
	}

	private void checkNotSelf(UserId user) {
		Long me = currentUserId();
		if (me != null && me == user.value()) {
			throw IdentityErrors.selfGrant();
		}
	}

	private static Long currentUserId() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ZtPrincipal principal) {
			return principal.userId();
		}
		return null;
	}

	static String describe(DataScope scope) {
		return switch (scope.kind()) {
			case OWN_ORG -> "own-org";
			case ORG_TREE -> "org-tree:" + scope.org();
			case REGION -> "region:" + scope.regionCode();
			case ALL -> "all";
		};
	}
}
