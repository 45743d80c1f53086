package org.zhengtong.identity;

import java.util.Set;

/**
 * 数据范围: which organisations' data a user may see or act on under a permission, from the
 * scopes of the roles that give them that permission. Modules filter their queries with it
 * (a clerk sees their department's applications, an agent their township's).
 */
public interface AccessScopes {

	OrgScope scopeOf(UserId user, String permission);

	/** Either everything, or a set of organisations (empty: nothing). */
	record OrgScope(boolean all, Set<OrgId> organisations) {

		public static OrgScope nothing() {
			return new OrgScope(false, Set.of());
		}

		public boolean includes(OrgId org) {
			return all || organisations.contains(org);
		}
	}
}
