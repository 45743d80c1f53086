package org.zhengtong.identity.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.Organisation;
import org.zhengtong.identity.UserId;

/** Resolves a user's data scope for a permission from their grants, the org tree and regions. */
@Service
class AccessScopeResolver implements AccessScopes {

	private final RoleGrants grants;

	private final Organisations organisations;

	AccessScopeResolver(RoleGrants grants, Organisations organisations) {
		this.grants = grants;
		this.organisations = organisations;
	}

	@Override
	public OrgScope scopeOf(UserId user, String permission) {
		List<RoleGrants.Grant> relevant = grants.grantsOf(user.value())
			.stream()
			.filter(grant -> grants.permissionsOf(grant.roleCode()).contains(permission))
			.toList();
		if (relevant.isEmpty()) {
			return OrgScope.nothing();
		}
		List<Organisation> all = organisations.all();
		Set<OrgId> result = new HashSet<>();
		for (RoleGrants.Grant grant : relevant) {
			switch (grant.scope().kind()) {
				case ALL -> {
					return new OrgScope(true, Set.of());
				}
				case OWN_ORG -> grants.positionsOf(user.value()).forEach(position -> result.add(position.orgId()));
				case ORG_TREE -> result.addAll(subtree(grant.scope().org(), all));
				case REGION -> all.stream()
					.filter(org -> org.regionCode().startsWith(grant.scope().regionCode()))
					.forEach(org -> result.add(org.id()));
			}
		}
		return new OrgScope(false, Set.copyOf(result));
	}

	static Set<OrgId> subtree(OrgId root, List<Organisation> all) {
		Map<OrgId, List<OrgId>> children = new HashMap<>();
		for (Organisation org : all) {
			if (org.parentId() != null) {
				children.computeIfAbsent(org.parentId(), key -> new ArrayList<>()).add(org.id());
			}
		}
		Set<OrgId> result = new HashSet<>();
		List<OrgId> queue = new ArrayList<>(List.of(root));
		while (!queue.isEmpty()) {
			OrgId next = queue.remove(queue.size() - 1);
			if (result.add(next)) {
				queue.addAll(children.getOrDefault(next, List.of()));
			}
		}
		return result;
	}
}
