package org.zhengtong.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.internal.AuditEntries;
import org.zhengtong.audit.internal.ChainHead;
import org.zhengtong.audit.internal.ChainWalker;
import org.zhengtong.audit.internal.Checkpoint;
import org.zhengtong.audit.internal.CheckpointSignatures;
import org.zhengtong.audit.internal.Checkpoints;
import org.zhengtong.audit.internal.EntryHashes;

/**
 * 审计日志校验 — recomputes the whole chain and names the first bad row: altered, missing or
 * reordered. It starts from the latest signed checkpoint (or row 1), checks the checkpoint's SM2
 * signature, then every row up to the chain head as it was when verification began.
 *
 * <p>Not permission-checked itself: the pages and API ask for {@code audit.read}; the command
 * line runs with the server's own rights.
 */
@Service
public class AuditVerification {

	private final AuditEntries entries;

	private final Checkpoints checkpoints;

	private final CheckpointSignatures signatures;

	private final ChainWalker walker;

	private final Clock clock;

	AuditVerification(AuditEntries entries, Checkpoints checkpoints, CheckpointSignatures signatures,
			ChainWalker walker, ObjectProvider<Clock> clock) {
		this.entries = entries;
		this.checkpoints = checkpoints;
		this.signatures = signatures;
		this.walker = walker;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** One consistent snapshot, so rows appended meanwhile neither confuse nor slow the walk. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public VerificationResult verify() {
		Instant at = clock.instant();
		long started = System.nanoTime();
		ChainHead head = entries.head();
		Optional<Checkpoint> checkpoint = checkpoints.latest();
		Long checkpointSeq = checkpoint.map(Checkpoint::upToSeq).orElse(null);
		if (checkpoint.isPresent() && !signatures.isGenuine(checkpoint.get())) {
			return VerificationResult.broken(0, checkpointSeq, ChainProblem.CHECKPOINT_FORGED, checkpointSeq,
					head.lastSeq(), at, since(started));
		}
		long firstSeq = checkpoint.map(c -> c.upToSeq() + 1).orElse(1L);
		String prevHash = checkpoint.map(Checkpoint::upToHash).orElse(EntryHashes.GENESIS);
		ChainWalker.Walk walk = walker.walk(firstSeq, prevHash, head.lastSeq());
		if (!walk.intact()) {
			return VerificationResult.broken(walk.rowsChecked(), walk.badSeq(), walk.problem(), checkpointSeq,
					head.lastSeq(), at, since(started));
		}
		if (!walk.lastHash().equals(head.lastHash())) {
			// The last row was changed and re-hashed: only the head still knows its real hash.
			return VerificationResult.broken(Math.max(0, walk.rowsChecked() - 1), head.lastSeq(), ChainProblem.CONTENT_ALTERED,
					checkpointSeq, head.lastSeq(), at, since(started));
		}
		return VerificationResult.intact(walk.rowsChecked(), checkpointSeq, head.lastSeq(), at, since(started));
	}

	private static Duration since(long startedNanos) {
		return Duration.ofNanos(System.nanoTime() - startedNanos);
	}
}
