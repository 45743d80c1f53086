package org.zhengtong.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An intruder with SQL access changes the trail; verification names the first bad row. */
class AuditTamperingIT extends AuditIntegrationTest {

	@Test
	void alteredFieldIsReportedAsContentAlteredAtThatRow() {
		record("test.tamper.before");
		long target = record("test.tamper.target");
		record("test.tamper.after");
		try {
			jdbc.sql("UPDATE aud_entry SET user_name = '某人' WHERE seq = ?").param(target).update();

			VerificationResult result = verification.verify();

			assertThat(result.intact()).isFalse();
			assertThat(result.firstBadSeq()).isEqualTo(target);
			assertThat(result.problem()).isEqualTo(ChainProblem.CONTENT_ALTERED);
		}
		finally {
			jdbc.sql("UPDATE aud_entry SET user_name = 'system' WHERE seq = ?").param(target).update();
		}
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void alteredTimestampIsReportedAtThatRow() {
		long target = record("test.tamper.time");
		record("test.tamper.after");
		AuditEntry original = row(target);
		try {
			overwrite(target, new AuditEntry(target, original.occurredAt().minusSeconds(3600), original.userId(),
					original.userName(), original.roles(), original.organisation(), original.action(),
					original.targetType(), original.targetId(), original.result(), original.detail(),
					original.sourceIp(), original.prevHash(), original.hash()));

			VerificationResult result = verification.verify();

			assertThat(result.firstBadSeq()).isEqualTo(target);
			assertThat(result.problem()).isEqualTo(ChainProblem.CONTENT_ALTERED);
		}
		finally {
			overwrite(target, original);
		}
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void deletedRowIsReportedAsMissingAtItsPosition() {
		record("test.tamper.before");
		long target = record("test.tamper.deleted");
		record("test.tamper.after");
		AuditEntry original = row(target);
		try {
			jdbc.sql("DELETE FROM aud_entry WHERE seq = ?").param(target).update();

			VerificationResult result = verification.verify();

			assertThat(result.intact()).isFalse();
			assertThat(result.firstBadSeq()).isEqualTo(target);
			assertThat(result.problem()).isEqualTo(ChainProblem.ROW_MISSING);
		}
		finally {
			reinsert(original);
		}
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void deletedRowWithTheNumberingClosedUpIsStillReportedMissing() {
		long target = record("test.tamper.deleted");
		long after = record("test.tamper.renumbered");
		AuditEntry deleted = row(target);
		AuditEntry moved = row(after);
		try {
			jdbc.sql("DELETE FROM aud_entry WHERE seq = ?").param(target).update();
			jdbc.sql("UPDATE aud_entry SET seq = ? WHERE seq = ?").params(target, after).update();
			jdbc.sql("UPDATE aud_chain_head SET last_seq = last_seq - 1 WHERE id = 1").update();

			VerificationResult result = verification.verify();

			assertThat(result.firstBadSeq()).isEqualTo(target);
			assertThat(result.problem()).isEqualTo(ChainProblem.ROW_MISSING);
		}
		finally {
			jdbc.sql("UPDATE aud_chain_head SET last_seq = last_seq + 1 WHERE id = 1").update();
			jdbc.sql("DELETE FROM aud_entry WHERE seq = ?").param(target).update();
			reinsert(deleted);
			reinsert(moved);
		}
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void deletedLastRowIsReportedAsMissing() {
		long last = record("test.tamper.last");
		AuditEntry original = row(last);
		try {
			jdbc.sql("DELETE FROM aud_entry WHERE seq = ?").param(last).update();

			VerificationResult result = verification.verify();

			assertThat(result.firstBadSeq()).isEqualTo(last);
			assertThat(result.problem()).isEqualTo(ChainProblem.ROW_MISSING);
		}
		finally {
			reinsert(original);
		}
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void swappedAdjacentRowsAreReportedAsReordered() {
		record("test.tamper.before");
		long first = record("test.tamper.swap.first");
		long second = record("test.tamper.swap.second");
		record("test.tamper.after");
		AuditEntry a = row(first);
		AuditEntry b = row(second);
		try {
			overwrite(first, b);
			overwrite(second, a);

			VerificationResult result = verification.verify();

			assertThat(result.intact()).isFalse();
			assertThat(result.firstBadSeq()).isEqualTo(first);
			assertThat(result.problem()).isEqualTo(ChainProblem.ROWS_REORDERED);
		}
		finally {
			overwrite(first, a);
			overwrite(second, b);
		}
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void rewrittenLastRowIsCaughtByTheChainHead() {
		long last = record("test.tamper.rehashed");
		AuditEntry original = row(last);
		try {
			AuditEntry forged = org.zhengtong.audit.internal.EntryHashes.seal(new AuditEntry(last,
					original.occurredAt(), original.userId(), original.userName(), original.roles(),
					original.organisation(), "test.tamper.innocent", original.targetType(), original.targetId(),
					original.result(), original.detail(), original.sourceIp(), original.prevHash(), null));
			overwrite(last, forged);

			VerificationResult result = verification.verify();

			assertThat(result.firstBadSeq()).isEqualTo(last);
			assertThat(result.problem()).isEqualTo(ChainProblem.CONTENT_ALTERED);
		}
		finally {
			overwrite(last, original);
		}
		assertThat(verification.verify().intact()).isTrue();
	}
}
