package org.zhengtong.audit;

import java.time.Instant;

/**
 * A search of the audit trail; every part is optional.
 *
 * @param actionPrefix action codes starting with this, e.g. {@code identity.} or {@code identity.login}
 * @param user a user id or user name, matched exactly
 * @param from occurred at or after
 * @param until occurred before
 * @param upToSeq only rows at or before this position (to open the trail at a given row)
 */
public record AuditQuery(String actionPrefix, String user, Instant from, Instant until, Long upToSeq) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null);
	}
}
