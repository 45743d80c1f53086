package org.zhengtong.audit.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The aud_checkpoint rows; verification starts from the latest. */
@Repository
public class Checkpoints {

	private final JdbcClient jdbc;

	Checkpoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Checkpoint> latest() {
		return jdbc.sql("SELECT id, from_seq, up_to_seq, up_to_hash, rows_purged, retention_cutoff, created_at, signature "
				+ "FROM aud_checkpoint ORDER BY up_to_seq DESC, id DESC LIMIT 1")
			.query((rs, n) -> new Checkpoint(rs.getLong("id"), rs.getLong("from_seq"), rs.getLong("up_to_seq"),
					rs.getString("up_to_hash"), rs.getLong("rows_purged"),
					rs.getObject("retention_cutoff", OffsetDateTime.class).toInstant(),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("signature")))
			.optional();
	}

	public void add(Checkpoint checkpoint) {
		jdbc.sql("INSERT INTO aud_checkpoint (from_seq, up_to_seq, up_to_hash, rows_purged, retention_cutoff, "
				+ "created_at, signature) VALUES (:from, :upTo, :hash, :rows, :cutoff, :created, :signature)")
			.param("from", checkpoint.fromSeq())
			.param("upTo", checkpoint.upToSeq())
			.param("hash", checkpoint.upToHash())
			.param("rows", checkpoint.rowsPurged())
			.param("cutoff", AuditEntries.utc(checkpoint.retentionCutoff()))
			.param("created", AuditEntries.utc(checkpoint.createdAt()))
			.param("signature", checkpoint.signature())
			.update();
	}
}
