package org.zhengtong.audit.internal;

import java.time.Instant;

/**
 * 检查点 — left by a purge: rows fromSeq..upToSeq were removed, and upToHash was the hash of the
 * last of them, so the first remaining row must link to it. Signed with the platform's SM2 key
 * over {@link #content()}.
 */
public record Checkpoint(Long id, long fromSeq, long upToSeq, String upToHash, long rowsPurged,
		Instant retentionCutoff, Instant createdAt, String signature) {

	private static final String TAG = "zhengtong.audit.checkpoint.v1";

	/** What the signature covers: every field but the id and the signature itself. */
	public byte[] content() {
		return Canonical.of(TAG)
			.number(fromSeq)
			.number(upToSeq)
			.text(upToHash)
			.number(rowsPurged)
			.instant(retentionCutoff)
			.instant(createdAt)
			.bytes();
	}

	Checkpoint signed(String value) {
		return new Checkpoint(id, fromSeq, upToSeq, upToHash, rowsPurged, retentionCutoff, createdAt, value);
	}
}
