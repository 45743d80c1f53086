package org.zhengtong.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.internal.AuditEntries;
import org.zhengtong.audit.internal.AuditProperties;
import org.zhengtong.audit.internal.Canonical;
import org.zhengtong.audit.internal.ChainWalker;
import org.zhengtong.audit.internal.Checkpoint;
import org.zhengtong.audit.internal.CheckpointSignatures;
import org.zhengtong.audit.internal.Checkpoints;
import org.zhengtong.audit.internal.EntryHashes;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;

/**
 * 审计日志保留 — removes rows older than the retention period ({@code zt.audit.retention-days},
 * at least 180 days) and leaves a checkpoint signed with the platform's SM2 key, so the remaining
 * chain still verifies. Runs daily; the purge is itself audited ({@code audit.purge}).
 */
@Service
public class AuditRetention {

	private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

	private final AuditEntries entries;

	private final Checkpoints checkpoints;

	private final CheckpointSignatures signatures;

	private final ChainWalker walker;

	private final AuditTrail trail;

	private final Duration retention;

	private final Clock clock;

	AuditRetention(AuditEntries entries, Checkpoints checkpoints, CheckpointSignatures signatures, ChainWalker walker,
			AuditTrail trail, AuditProperties properties, ObjectProvider<Clock> clock) {
		this.entries = entries;
		this.checkpoints = checkpoints;
		this.signatures = signatures;
		this.walker = walker;
		this.trail = trail;
		this.retention = Duration.ofDays(properties.retentionDays());
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Purges every row written before now minus the retention period. */
	@Transactional
	public PurgeResult purge() {
		return purgeAsOf(clock.instant());
	}

	/**
	 * Purges as if it were {@code now}: the rows removed are the longest run from the start of the
	 * chain that are all older than the cutoff. Never signs over rows that do not verify.
	 */
	@Transactional
	PurgeResult purgeAsOf(Instant now) {
		Instant cutoff = Canonical.micros(now.minus(retention));
		Optional<Checkpoint> previous = checkpoints.latest();
		if (previous.isPresent() && !signatures.isGenuine(previous.get())) {
			return refuse(cutoff, VerificationResult.broken(0, previous.get().upToSeq(), ChainProblem.CHECKPOINT_FORGED,
					previous.get().upToSeq(), entries.head().lastSeq(), clock.instant(), Duration.ZERO));
		}
		long fromSeq = previous.map(c -> c.upToSeq() + 1).orElse(1L);
		String prevHash = previous.map(Checkpoint::upToHash).orElse(EntryHashes.GENESIS);
		long lastSeq = entries.head().lastSeq();
		long upToSeq = entries.firstSeqAtOrAfter(cutoff).map(first -> first - 1).orElse(lastSeq);
		if (upToSeq < fromSeq) {
			return PurgeResult.nothing(cutoff);
		}
		// Walk before taking the head lock: rows up to upToSeq never change, so appends need not wait.
		ChainWalker.Walk walk = walker.walk(fromSeq, prevHash, upToSeq);
		if (!walk.intact()) {
			return refuse(cutoff, VerificationResult.broken(walk.rowsChecked(), walk.badSeq(), walk.problem(),
					previous.map(Checkpoint::upToSeq).orElse(null), lastSeq, clock.instant(), Duration.ZERO));
		}
		entries.lockHead();
		if (!Objects.equals(previous.map(Checkpoint::id), checkpoints.latest().map(Checkpoint::id))) {
			return PurgeResult.nothing(cutoff); // another purge got there first
		}
		long purged = entries.deleteUpTo(upToSeq);
		Checkpoint checkpoint = signatures.sign(new Checkpoint(null, fromSeq, upToSeq, walk.lastHash(), purged, cutoff,
				Canonical.micros(clock.instant()), null));
		checkpoints.add(checkpoint);
		trail.record(AuditRecord.success("audit.purge", "audit_trail", upToSeq)
			.withDetail("seq " + fromSeq + "-" + upToSeq + ", " + purged + " rows, before " + cutoff));
		log.info("Audit trail purged: seq {}-{} ({} rows older than {}), checkpoint signed", fromSeq, upToSeq, purged,
				cutoff);
		return new PurgeResult(PurgeResult.Outcome.PURGED, fromSeq, upToSeq, purged, cutoff, null);
	}

	private PurgeResult refuse(Instant cutoff, VerificationResult why) {
		log.error("Audit purge refused: the trail is broken at seq {} ({})", why.firstBadSeq(), why.problem());
		trail.record(AuditRecord.failure("audit.purge", "audit_trail", why.firstBadSeq())
			.withDetail("refused: " + why.problem() + " at seq " + why.firstBadSeq()));
		return new PurgeResult(PurgeResult.Outcome.REFUSED_CHAIN_BROKEN, 0, 0, 0, cutoff, why);
	}
}
