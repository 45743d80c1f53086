package org.zhengtong.identity;

import org.zhengtong.platform.web.CodedException;

/** The identity module's coded errors; each code is also its message key. */
public final class IdentityErrors {

	private IdentityErrors() {
	}

	public static CodedException userNotFound(Object id) {
		return CodedException.notFound("identity.user.not_found", id);
	}

	public static CodedException orgNotFound(Object id) {
		return CodedException.notFound("identity.org.not_found", id);
	}

	public static CodedException roleNotFound(Object code) {
		return CodedException.notFound("identity.role.not_found", code);
	}

	/** 三员: one account may hold only one of the three administrator roles. */
	public static CodedException adminRolesExclusive(Object held) {
		return CodedException.conflict("identity.grant.admin_exclusive", held);
	}

	public static CodedException selfGrant() {
		return CodedException.forbidden("identity.grant.self");
	}

	public static CodedException reservedPermission(Object permission) {
		return CodedException.unprocessable("identity.role.reserved_permission", permission);
	}

	public static CodedException administratorRoleFixed() {
		return CodedException.unprocessable("identity.role.admin_fixed");
	}
}
