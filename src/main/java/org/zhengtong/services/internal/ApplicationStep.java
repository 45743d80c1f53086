package org.zhengtong.services.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.zhengtong.identity.OrgId;

/**
 * 办理环节 — one line of an application's timeline. The public side shows the department, never
 * the person; {@code remark} carries the written reason, notice or decision text.
 */
public record ApplicationStep(String step, OrgId org, long actorUserId, LocalDate occurredOn, Instant occurredAt,
		String remark) {

	public String messageKey() {
		return "services.step." + step;
	}
}
