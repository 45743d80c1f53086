package org.zhengtong.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.audit.internal.Checkpoint;
import org.zhengtong.audit.internal.CheckpointSignatures;
import org.zhengtong.audit.internal.Checkpoints;

/**
 * Purging rows past retention. To make today's rows "old", purges run as of a day more than 180
 * days ahead; that removes every row written so far, which other test classes never rely on.
 */
class AuditRetentionIT extends AuditIntegrationTest {

	private static final Duration BEYOND_RETENTION = Duration.ofDays(181);

	@Autowired
	AuditRetention retention;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	CheckpointSignatures signatures;

	@Test
	void rowsYoungerThanRetentionAreKept() {
		long seq = record("test.retention.young");

		PurgeResult result = retention.purge();

		assertThat(result.purged()).isFalse();
		assertThat(entries.bySeq(seq)).isPresent();
	}

	@Test
	void purgeLeavesASignedCheckpointAndTheChainStillVerifies() {
		long last = record("test.retention.old");
		String lastHash = row(last).hash();

		PurgeResult result = retention.purgeAsOf(Instant.now().plus(BEYOND_RETENTION));

		assertThat(result.purged()).isTrue();
		assertThat(result.upToSeq()).isEqualTo(last);
		assertThat(entries.bySeq(last)).isEmpty();
		Checkpoint checkpoint = checkpoints.latest().orElseThrow();
		assertThat(checkpoint.upToSeq()).isEqualTo(last);
		assertThat(checkpoint.upToHash()).isEqualTo(lastHash);
		assertThat(signatures.isGenuine(checkpoint)).isTrue();
		AuditEntry purgeEntry = row(last + 1);
		assertThat(purgeEntry.action()).isEqualTo("audit.purge");
		assertThat(purgeEntry.prevHash()).isEqualTo(lastHash);

		record("test.retention.after");
		VerificationResult verified = verification.verify();
		assertThat(verified.intact()).as("%s", verified).isTrue();
		assertThat(verified.checkpointSeq()).isEqualTo(last);
		assertThat(verified.rowsChecked()).isEqualTo(2);
	}

	@Test
	void checkpointWithAChangedHashIsReportedAsForged() {
		Checkpoint checkpoint = purgedCheckpoint();
		try {
			jdbc.sql("UPDATE aud_checkpoint SET up_to_hash = ? WHERE id = ?")
				.params("1".repeat(64), checkpoint.id())
				.update();

			VerificationResult result = verification.verify();

			assertThat(result.intact()).isFalse();
			assertThat(result.problem()).isEqualTo(ChainProblem.CHECKPOINT_FORGED);
			assertThat(result.firstBadSeq()).isEqualTo(checkpoint.upToSeq());
		}
		finally {
			jdbc.sql("UPDATE aud_checkpoint SET up_to_hash = ? WHERE id = ?")
				.params(checkpoint.upToHash(), checkpoint.id())
				.update();
		}
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void checkpointWithABadSignatureIsReportedAsForged() {
		Checkpoint checkpoint = purgedCheckpoint();
		Checkpoint other = signatures.sign(new Checkpoint(null, checkpoint.fromSeq(), checkpoint.upToSeq() + 1,
				checkpoint.upToHash(), checkpoint.rowsPurged(), checkpoint.retentionCutoff(), checkpoint.createdAt(),
				null));
		try {
			// A genuine signature, but over different content: it must not vouch for this checkpoint.
			jdbc.sql("UPDATE aud_checkpoint SET signature = ? WHERE id = ?")
				.params(other.signature(), checkpoint.id())
				.update();

			assertThat(verification.verify().problem()).isEqualTo(ChainProblem.CHECKPOINT_FORGED);

			jdbc.sql("UPDATE aud_checkpoint SET signature = 'not a signature' WHERE id = ?")
				.param(checkpoint.id())
				.update();

			assertThat(verification.verify().problem()).isEqualTo(ChainProblem.CHECKPOINT_FORGED);
		}
		finally {
			jdbc.sql("UPDATE aud_checkpoint SET signature = ? WHERE id = ?")
				.params(checkpoint.signature(), checkpoint.id())
				.update();
		}
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void removingTheCheckpointLeavesThePurgedRowsReportedMissing() {
		Checkpoint checkpoint = purgedCheckpoint();
		try {
			jdbc.sql("DELETE FROM aud_checkpoint WHERE id = ?").param(checkpoint.id()).update();

			VerificationResult result = verification.verify();

			assertThat(result.intact()).isFalse();
			assertThat(result.problem()).isEqualTo(ChainProblem.ROW_MISSING);
		}
		finally {
			jdbc.sql("INSERT INTO aud_checkpoint (id, from_seq, up_to_seq, up_to_hash, rows_purged, retention_cutoff, "
					+ "created_at, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(checkpoint.id(), checkpoint.fromSeq(), checkpoint.upToSeq(), checkpoint.upToHash(),
						checkpoint.rowsPurged(), checkpoint.retentionCutoff().atOffset(java.time.ZoneOffset.UTC),
						checkpoint.createdAt().atOffset(java.time.ZoneOffset.UTC), checkpoint.signature())
				.update();
		}
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void purgeRefusesToSignOverRowsThatDoNotVerify() {
		long target = record("test.retention.tampered");
		record("test.retention.after");
		try {
			jdbc.sql("UPDATE aud_entry SET detail = 'rewritten' WHERE seq = ?").param(target).update();

			PurgeResult result = retention.purgeAsOf(Instant.now().plus(BEYOND_RETENTION));

			assertThat(result.outcome()).isEqualTo(PurgeResult.Outcome.REFUSED_CHAIN_BROKEN);
			assertThat(result.refusedBecause().firstBadSeq()).isEqualTo(target);
			assertThat(entries.bySeq(target)).isPresent();
			AuditEntry refusal = row(entries.head().lastSeq());
			assertThat(refusal.action()).isEqualTo("audit.purge");
			assertThat(refusal.result()).isEqualTo("FAILURE");
		}
		finally {
			jdbc.sql("UPDATE aud_entry SET detail = ? WHERE seq = ?")
				.params("written by " + getClass().getSimpleName(), target)
				.update();
		}
		assertThat(verification.verify().intact()).isTrue();
	}

	private Checkpoint purgedCheckpoint() {
		record("test.retention.old");
		assertThat(retention.purgeAsOf(Instant.now().plus(BEYOND_RETENTION)).purged()).isTrue();
		record("test.retention.after");
		return checkpoints.latest().orElseThrow();
	}
}
