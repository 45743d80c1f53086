package org.zhengtong.audit;

import java.time.Instant;

/**
 * 审计记录 — one stored row of the trail, exactly as it is hashed. The result is kept as stored
 * text (SUCCESS or FAILURE) so that a tampered value can still be read and reported.
 *
 * @param seq gapless position in the chain, from 1
 * @param prevHash SM3 hash of the row before (64 hex characters; zeros before the first row)
 * @param hash SM3 of prevHash and this row's canonical content
 */
public record AuditEntry(long seq, Instant occurredAt, String userId, String userName, String roles,
		String organisation, String action, String targetType, String targetId, String result, String detail,
		String sourceIp, String prevHash, String hash) {
}
