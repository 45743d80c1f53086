package org.zhengtong.audit;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * 校验结果 — whether the audit trail is intact, and if not, the first bad row and why.
 *
 * @param rowsChecked rows whose hash and link were checked (up to the first bad one)
 * @param firstBadSeq position of the first bad row (for a forged checkpoint: the seq it claims to cover), or null
 * @param problem why that row is bad, or null when intact
 * @param checkpointSeq the signed checkpoint verification started after, or null when it started at row 1
 * @param lastSeq the last position of the chain when verification began
 */
public record VerificationResult(boolean intact, long rowsChecked, Long firstBadSeq, ChainProblem problem,
		Long checkpointSeq, long lastSeq, Instant verifiedAt, Duration took) implements Serializable {

	private static final long serialVersionUID = 1L;

	static VerificationResult intact(long rows, Long checkpointSeq, long lastSeq, Instant at, Duration took) {
		return new VerificationResult(true, rows, null, null, checkpointSeq, lastSeq, at, took);
	}

	static VerificationResult broken(long rows, long badSeq, ChainProblem problem, Long checkpointSeq, long lastSeq,
			Instant at, Duration took) {
		return new VerificationResult(false, rows, badSeq, problem, checkpointSeq, lastSeq, at, took);
	}
}
