package org.zhengtong.platform.audit;

import java.util.Objects;

/**
 * What happened, on what, with which result: the part of an audit entry the caller knows.
 * The trail adds who (from the security context unless given), when, from where, and the chain.
 *
 * @param action stable action code, {@code <module>.<object>.<verb>}, e.g. {@code identity.login}
 * @param targetType kind of object acted on, e.g. {@code user}
 * @param targetId id of the object acted on (may be null for actions on nothing in particular)
 * @param result success or failure
 * @param detail short free text (never personal numbers in clear)
 * @param actor who acted, or null to take the signed-in user
 */
public record AuditRecord(String action, String targetType, String targetId, AuditResult result, String detail,
		AuditActor actor) {

	public AuditRecord {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(result, "result");
	}

	public static AuditRecord success(String action, String targetType, Object targetId) {
		return new AuditRecord(action, targetType, targetId == null ? null : targetId.toString(), AuditResult.SUCCESS,
				null, null);
	}

	public static AuditRecord failure(String action, String targetType, Object targetId) {
		return new AuditRecord(action, targetType, targetId == null ? null : targetId.toString(), AuditResult.FAILURE,
				null, null);
	}

	public AuditRecord withDetail(String text) {
		return new AuditRecord(action, targetType, targetId, result, text, actor);
	}

	public AuditRecord by(AuditActor who) {
		return new AuditRecord(action, targetType, targetId, result, detail, who);
	}
}
