package org.zhengtong.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.identity.DataScope;
import org.zhengtong.identity.OrgId;

/** Reads and writes roles, their permissions, grants and staff positions. */
@Repository
public class RoleGrants {

	private final JdbcClient jdbc;

	RoleGrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Role> roles() {
		return jdbc.sql("SELECT code, name, description, admin_kind FROM idn_role ORDER BY sort_order, code")
			.query((rs, row) -> new Role(rs.getString("code"), rs.getString("name"), rs.getString("description"),
					rs.getString("admin_kind"), permissionsOf(rs.getString("code"))))
			.list();
	}

	Optional<Role> role(String code) {
		return jdbc.sql("SELECT code, name, description, admin_kind FROM idn_role WHERE code = ?")
			.param(code)
			.query((rs, row) -> new Role(rs.getString("code"), rs.getString("name"), rs.getString("description"),
					rs.getString("admin_kind"), permissionsOf(rs.getString("code"))))
			.optional();
	}

	Set<String> permissionsOf(String roleCode) {
		return new TreeSet<>(jdbc.sql("SELECT permission FROM idn_role_permission WHERE role_code = ?")
			.param(roleCode)
			.query(String.class)
			.list());
	}

	void addPermission(String roleCode, String permission) {
		jdbc.sql("INSERT INTO idn_role_permission (role_code, permission) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(roleCode, permission)
			.update();
	}

	void removePermission(String roleCode, String permission) {
		jdbc.sql("DELETE FROM idn_role_permission WHERE role_code = ? AND permission = ?").params(roleCode, permission).update();
	}

	List<Grant> grantsOf(long userId) {
		return jdbc.sql("""
				SELECT g.id, g.user_id, g.role_code, r.name AS role_name, r.admin_kind, g.scope_kind, g.scope_org_id,
				       g.scope_region
				FROM idn_grant g JOIN idn_role r ON r.code = g.role_code
				WHERE g.user_id = ? ORDER BY r.sort_order""")
			.param(userId)
			.query((rs, row) -> {
				long org = rs.getLong("scope_org_id");
				OrgId scopeOrg = rs.wasNull() ? null : new OrgId(org);
				return new Grant(rs.getLong("id"), rs.getLong("user_id"), rs.getString("role_code"),
						rs.getString("role_name"), rs.getString("admin_kind"),
						new DataScope(DataScope.Kind.valueOf(rs.getString("scope_kind")), scopeOrg,
								rs.getString("scope_region")));
			})
			.list();
	}

	void insertGrant(long userId, String roleCode, DataScope scope, Long grantedBy) {
		jdbc.sql("""
				INSERT INTO idn_grant (user_id, role_code, scope_kind, scope_org_id, scope_region, granted_by, granted_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(userId, roleCode, scope.kind().name(), scope.org() == null ? null : scope.org().value(),
					scope.regionCode(), grantedBy, UserAccounts.now())
			.update();
	}

	int deleteGrant(long userId, String roleCode) {
		return jdbc.sql("DELETE FROM idn_grant WHERE user_id = ? AND role_code = ?").params(userId, roleCode).update();
	}

	void insertPosition(long userId, long orgId, String title, boolean primary) {
		jdbc.sql("INSERT INTO idn_position (user_id, org_id, title, is_primary) VALUES (?, ?, ?, ?)")
			.params(userId, orgId, title, primary)
			.update();
	}

	List<Position> positionsOf(long userId) {
		return jdbc.sql("""
				SELECT p.org_id, o.name AS org_name, p.title, p.is_primary
				FROM idn_position p JOIN idn_org o ON o.id = p.org_id
				WHERE p.user_id = ? ORDER BY p.is_primary DESC, o.sort_order""")
			.param(userId)
			.query((rs, row) -> new Position(new OrgId(rs.getLong("org_id")), rs.getString("org_name"),
					rs.getString("title"), rs.getBoolean("is_primary")))
			.list();
	}

	/** A role with its permissions; admin kind is SYSTEM, SECURITY or AUDIT for the 三员 roles. */
	public record Role(String code, String name, String description, String adminKind, Set<String> permissions) {

		public boolean isAdministrator() {
			return adminKind != null;
		}
	}

	/** A role granted to a user with its data scope. */
	public record Grant(long id, long userId, String roleCode, String roleName, String adminKind, DataScope scope) {
	}

	/** A staff member's post in an organisation. */
	public record Position(OrgId orgId, String orgName, String title, boolean primary) {
	}
}
