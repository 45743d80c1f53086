package org.zhengtong.platform.audit;

/**
 * 审计日志 — records one entry in the append-only, SM3 hash-chained audit trail, inside the
 * caller's transaction, so a state change and its record commit (or roll back) together.
 * Every state change of every module calls this, with a stable action code such as
 * {@code identity.user.create}.
 *
 * <p>The port lives in the shared kernel so that every module, the platform included, can
 * record without depending on the audit module; the audit module implements it and owns the
 * trail's tables, verification and pages.
 */
public interface AuditTrail {

	/**
	 * Records the entry. When it names no actor, the signed-in user of the current request
	 * is taken (or "system" outside a request); the source IP is taken from the request.
	 */
	void record(AuditRecord record);
}
