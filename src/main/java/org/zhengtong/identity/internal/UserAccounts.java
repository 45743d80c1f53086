package org.zhengtong.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengtong.identity.UserKind;

/** Reads and writes idn_user. */
@Repository
class UserAccounts {

	static final String COLUMNS = "id, kind, username, display_name, password_hash, id_number_enc, mobile_enc, credit_code,"
			+ " legal_rep_name, enabled, demo_account, failed_logins, locked_until, totp_secret_enc, totp_enrolled,"
			+ " totp_last_step, created_at, last_login_at";

	static final RowMapper<UserAccount> MAPPER = UserAccounts::map;

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserAccount> findById(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM idn_user WHERE id = ?").param(id).query(MAPPER).optional();
	}

	Optional<UserAccount> findByUsername(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM idn_user WHERE username = ?").param(username).query(MAPPER).optional();
	}

	Optional<UserAccount> findByIdNumberIndex(String index) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM idn_user WHERE id_number_idx = ?").param(index).query(MAPPER).optional();
	}

	List<UserAccount> findByMobileIndex(String index) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM idn_user WHERE mobile_idx = ? ORDER BY id").param(index).query(MAPPER).list();
	}

	Optional<UserAccount> findByCreditCode(String creditCode) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM idn_user WHERE credit_code = ?").param(creditCode).query(MAPPER).optional();
	}

	boolean existsByUsername(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM idn_user WHERE username = ?").param(username).query(Long.class).single() > 0;
	}

	boolean existsByIdNumberIndex(String index) {
		return jdbc.sql("SELECT COUNT(*) FROM idn_user WHERE id_number_idx = ?").param(index).query(Long.class).single() > 0;
	}

	boolean existsByCreditCode(String creditCode) {
		return jdbc.sql("SELECT COUNT(*) FROM idn_user WHERE credit_code = ?").param(creditCode).query(Long.class).single() > 0;
	}

	long insert(NewAccount account) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO idn_user (kind, username, display_name, password_hash, id_number_enc, id_number_idx,
				  mobile_enc, mobile_idx, credit_code, legal_rep_name, demo_account, created_at)
				VALUES (:kind, :username, :displayName, :passwordHash, :idEnc, :idIdx, :mobileEnc, :mobileIdx,
				  :creditCode, :legalRep, :demo, :now)""")
			.param("kind", account.kind().name())
			.param("username", account.username())
			.param("displayName", account.displayName())
			.param("passwordHash", account.passwordHash())
			.param("idEnc", account.idNumberEncrypted())
			.param("idIdx", account.idNumberIndex())
			.param("mobileEnc", account.mobileEncrypted())
			.param("mobileIdx", account.mobileIndex())
			.param("creditCode", account.creditCode())
			.param("legalRep", account.legalRepName())
			.param("demo", account.demoAccount())
			.param("now", now())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void recordFailedLogin(long id, int failedLogins, Instant lockedUntil) {
		jdbc.sql("UPDATE idn_user SET failed_logins = ?, locked_until = ? WHERE id = ?")
			.params(failedLogins, timestamp(lockedUntil), id)
			.update();
	}

	void recordSuccessfulLogin(long id) {
		jdbc.sql("UPDATE idn_user SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE id = ?")
			.params(now(), id)
			.update();
	}

	void unlock(long id) {
		jdbc.sql("UPDATE idn_user SET failed_logins = 0, locked_until = NULL WHERE id = ?").param(id).update();
	}

	void setEnabled(long id, boolean enabled) {
		jdbc.sql("UPDATE idn_user SET enabled = ? WHERE id = ?").params(enabled, id).update();
	}

	void storeTotpSecret(long id, String encryptedSecret, boolean enrolled) {
		jdbc.sql("UPDATE idn_user SET totp_secret_enc = ?, totp_enrolled = ?, totp_last_step = NULL WHERE id = ?")
			.params(encryptedSecret, enrolled, id)
			.update();
	}

	/** Accepts a time step only once: returns false if this or a later step was already used. */
	boolean useTotpStep(long id, long step) {
		return jdbc.sql("UPDATE idn_user SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)")
			.params(step, id, step)
			.update() == 1;
	}

	void markTotpEnrolled(long id) {
		jdbc.sql("UPDATE idn_user SET totp_enrolled = TRUE WHERE id = ?").param(id).update();
	}

	List<UserAccount> page(UserKind kind, String nameLike, int offset, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM idn_user WHERE kind = :kind AND (:q = '' OR display_name LIKE :like OR username LIKE :like)"
				+ " ORDER BY id DESC LIMIT :limit OFFSET :offset")
			.param("kind", kind.name())
			.param("q", nameLike)
			.param("like", "%" + nameLike + "%")
			.param("limit", limit)
			.param("offset", offset)
			.query(MAPPER)
			.list();
	}

	long count(UserKind kind, String nameLike) {
		return jdbc.sql("SELECT COUNT(*) FROM idn_user WHERE kind = :kind AND (:q = '' OR display_name LIKE :like OR username LIKE :like)")
			.param("kind", kind.name())
			.param("q", nameLike)
			.param("like", "%" + nameLike + "%")
			.query(Long.class)
			.single();
	}

	static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	static OffsetDateTime timestamp(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		long lastStep = rs.getLong("totp_last_step");
		Long step = rs.wasNull() ? null : lastStep;
		return new UserAccount(rs.getLong("id"), UserKind.valueOf(rs.getString("kind")), rs.getString("username"),
				rs.getString("display_name"), rs.getString("password_hash"), rs.getString("id_number_enc"),
				rs.getString("mobile_enc"), rs.getString("credit_code"), rs.getString("legal_rep_name"),
				rs.getBoolean("enabled"), rs.getBoolean("demo_account"), rs.getInt("failed_logins"),
				instant(rs, "locked_until"), rs.getString("totp_secret_enc"), rs.getBoolean("totp_enrolled"), step,
				instant(rs, "created_at"), instant(rs, "last_login_at"));
	}


	/** What is written for a new account; numbers already encrypted and indexed. */
	record NewAccount(UserKind kind, String username, String displayName, String passwordHash, String idNumberEncrypted,
			String idNumberIndex, String mobileEncrypted, String mobileIndex, String creditCode, String legalRepName,
			boolean demoAccount) {
	}
}
