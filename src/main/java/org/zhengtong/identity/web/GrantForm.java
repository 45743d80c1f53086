package org.zhengtong.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.zhengtong.identity.DataScope;

/** A role to grant, with its data scope. */
record GrantForm(@NotBlank(message = "{identity.grant.role.required}") String roleCode,
		@NotNull(message = "{identity.grant.scope.required}") DataScope.Kind scopeKind, Long scopeOrgId,
		String scopeRegion) {

	static GrantForm empty() {
		return new GrantForm("", DataScope.Kind.OWN_ORG, null, "");
	}
}
