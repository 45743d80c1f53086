package org.zhengtong.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.audit.AuditEntry;
import org.zhengtong.audit.AuditQuery;

/** The aud_entry rows and the aud_chain_head row. */
@Repository
public class AuditEntries {

	private static final String COLUMNS = "seq, occurred_at, user_id, user_name, roles, organisation, action, "
			+ "target_type, target_id, result, detail, source_ip, prev_hash, hash";

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes the head's row lock until the caller's transaction ends: appends are serialised here. */
	public ChainHead lockHead() {
		return jdbc.sql("SELECT last_seq, last_hash FROM aud_chain_head WHERE id = 1 FOR UPDATE")
			.query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.single();
	}

	public ChainHead head() {
		return jdbc.sql("SELECT last_seq, last_hash FROM aud_chain_head WHERE id = 1")
			.query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.single();
	}

	void append(AuditEntry entry) {
		jdbc.sql("INSERT INTO aud_entry (" + COLUMNS + ") VALUES (:seq, :occurredAt, :userId, :userName, :roles, "
				+ ":organisation, :action, :targetType, :targetId, :result, :detail, :sourceIp, :prevHash, :hash)")
			.param("seq", entry.seq())
			.param("occurredAt", utc(entry.occurredAt()))
			.param("userId", entry.userId())
			.param("userName", entry.userName())
			.param("roles", entry.roles())
			.param("organisation", entry.organisation())
			.param("action", entry.action())
			.param("targetType", entry.targetType())
			.param("targetId", entry.targetId())
			.param("result", entry.result())
			.param("detail", entry.detail())
			.param("sourceIp", entry.sourceIp())
			.param("prevHash", entry.prevHash())
			.param("hash", entry.hash())
			.update();
		jdbc.sql("UPDATE aud_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
			.param("seq", entry.seq())
			.param("hash", entry.hash())
			.update();
	}

	/** Rows after {@code afterSeq} up to {@code upToSeq}, in chain order; one page of a verification walk. */
	public List<AuditEntry> chainPage(long afterSeq, long upToSeq, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM aud_entry WHERE seq > :after AND seq <= :upTo ORDER BY seq LIMIT :limit")
			.param("after", afterSeq)
			.param("upTo", upToSeq)
			.param("limit", limit)
			.query(AuditEntries::entry)
			.list();
	}

	public Optional<AuditEntry> bySeq(long seq) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM aud_entry WHERE seq = :seq")
			.param("seq", seq)
			.query(AuditEntries::entry)
			.optional();
	}

	/** The first position written at or after the cutoff: everything before it is older. */
	public Optional<Long> firstSeqAtOrAfter(Instant cutoff) {
		List<Long> first = jdbc.sql("SELECT MIN(seq) FROM aud_entry WHERE occurred_at >= :cutoff")
			.param("cutoff", utc(cutoff))
			.query((rs, n) -> rs.getObject(1, Long.class))
			.list();
		return first.stream().filter(java.util.Objects::nonNull).findFirst();
	}

	public long deleteUpTo(long seq) {
		return jdbc.sql("DELETE FROM aud_entry WHERE seq <= :seq").param("seq", seq).update();
	}

	/** Newest first; fetches one row more than asked so the caller knows whether a next page exists. */
	public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM aud_entry WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (hasText(query.actionPrefix())) {
			sql.append(" AND action LIKE ? ESCAPE '!'");
			params.add(likePrefix(query.actionPrefix().trim()));
		}
		if (hasText(query.user())) {
			sql.append(" AND (user_id = ? OR user_name = ?)");
			params.add(query.user().trim());
			params.add(query.user().trim());
		}
		if (query.from() != null) {
			sql.append(" AND occurred_at >= ?");
			params.add(utc(query.from()));
		}
		if (query.until() != null) {
			sql.append(" AND occurred_at < ?");
			params.add(utc(query.until()));
		}
		if (query.upToSeq() != null) {
			sql.append(" AND seq <= ?");
			params.add(query.upToSeq());
		}
		sql.append(" ORDER BY seq DESC LIMIT ? OFFSET ?");
		params.add(limit);
		params.add(offset);
		return jdbc.sql(sql.toString()).params(params).query(AuditEntries::entry).list();
	}

	static OffsetDateTime utc(Instant value) {
		return value.atOffset(ZoneOffset.UTC);
	}

	private static String likePrefix(String prefix) {
		return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("user_id"), rs.getString("user_name"), rs.getString("roles"), rs.getString("organisation"),
				rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"), rs.getString("result"),
				rs.getString("detail"), rs.getString("source_ip"), rs.getString("prev_hash"), rs.getString("hash"));
	}
}
