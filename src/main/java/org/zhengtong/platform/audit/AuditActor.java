package org.zhengtong.platform.audit;

/**
 * Who acted, as the audit trail records it: user id, display name, role codes and organisation.
 * The signed-in principal implements this, so the trail can read it from the security context.
 */
public interface AuditActor {

	String auditUserId();

	String auditUserName();

	/** Comma-separated role codes held at the time, e.g. {@code SYSTEM_ADMIN}. */
	String auditRoles();

	/** Organisation name (or empty for citizens and enterprises). */
	String auditOrganisation();

	static AuditActor of(String userId, String userName, String roles, String organisation) {
		return new Named(userId, userName, roles, organisation);
	}

	/** An actor given explicitly, e.g. the user being logged in, or the system itself. */
	record Named(String auditUserId, String auditUserName, String auditRoles, String auditOrganisation)
			implements AuditActor {
	}
}
