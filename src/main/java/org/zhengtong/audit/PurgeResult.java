package org.zhengtong.audit;

import java.time.Instant;

/**
 * What a retention purge did: the rows it removed (from–to seq) under a new signed checkpoint,
 * nothing (no row old enough), or a refusal because the rows it would remove do not verify.
 */
public record PurgeResult(Outcome outcome, long fromSeq, long upToSeq, long rowsPurged, Instant cutoff,
		VerificationResult refusedBecause) {

	public enum Outcome {
		PURGED, NOTHING_TO_PURGE, REFUSED_CHAIN_BROKEN
	}

	static PurgeResult nothing(Instant cutoff) {
		return new PurgeResult(Outcome.NOTHING_TO_PURGE, 0, 0, 0, cutoff, null);
	}

	public boolean purged() {
		return outcome == Outcome.PURGED;
	}
}
