package org.zhengtong.office.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of documents, body versions, opinions, co-signing departments and handling lists. */
@Repository
public class Documents {

	private final JdbcClient jdbc;

	Documents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(DraftCommand c, long orgId, long drafterId, String bodyHtml, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO ofc_document (kind, org_id, drafter_id, title, issuer_code, copy_number, classification,
				  secrecy_period, urgency, issuing_mark, main_recipients, copy_recipients, attachment_note,
				  signature_name, annotation, printing_org, body_html, body_version, stage, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")
			.params(c.kind().name(), orgId, drafterId, c.title(), c.issuerCode(), blank(c.copyNumber()),
					c.classification().name(), blank(c.secrecyPeriod()), c.urgency().name(), c.issuingMark(),
					c.mainRecipients(), blank(c.copyRecipients()), blank(c.attachmentNote()), c.signatureName(),
					blank(c.annotation()), c.printingOrg(), bodyHtml, Stage.DRAFT.name(), ts(now), ts(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void updateDraft(long id, DraftCommand c, Instant now) {
		jdbc.sql("""
				UPDATE ofc_document SET kind = ?, title = ?, issuer_code = ?, copy_number = ?, classification = ?,
				  secrecy_period = ?, urgency = ?, issuing_mark = ?, main_recipients = ?, copy_recipients = ?,
				  attachment_note = ?, signature_name = ?, annotation = ?, printing_org = ?, updated_at = ?
				WHERE id = ?""")
			.params(c.kind().name(), c.title(), c.issuerCode(), blank(c.copyNumber()), c.classification().name(),
					blank(c.secrecyPeriod()), c.urgency().name(), c.issuingMark(), c.mainRecipients(),
					blank(c.copyRecipients()), blank(c.attachmentNote()), c.signatureName(), blank(c.annotation()),
					c.printingOrg(), ts(now), id)
			.update();
	}

	/** Keeps every version of the body (正文版本). */
	int saveBody(long id, String bodyHtml, long authorId, Instant now) {
		int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM ofc_document_version WHERE document_id = ?")
			.param(id)
			.query(Integer.class)
			.single();
		jdbc.sql("INSERT INTO ofc_document_version (document_id, version, body_html, author_id, saved_at) VALUES (?, ?, ?, ?, ?)")
			.params(id, version, bodyHtml, authorId, ts(now))
			.update();
		jdbc.sql("UPDATE ofc_document SET body_html = ?, body_version = ?, updated_at = ? WHERE id = ?")
			.params(bodyHtml, version, ts(now), id)
			.update();
		return version;
	}

	void setProcess(long id, String processId) {
		jdbc.sql("UPDATE ofc_document SET process_id = ? WHERE id = ?").params(processId, id).update();
	}

	void setStage(long id, Stage stage, Instant now) {
		jdbc.sql("UPDATE ofc_document SET stage = ?, updated_at = ? WHERE id = ?").params(stage.name(), ts(now), id).update();
	}

	void setSigner(long id, long signerId, String signerName, LocalDate signedOn) {
		jdbc.sql("UPDATE ofc_document SET signer_id = ?, signer_name = ?, signed_on = ? WHERE id = ?")
			.params(signerId, signerName, signedOn, id)
			.update();
	}

	void setNumber(long id, int year, long serial, String number, LocalDate printedOn) {
		jdbc.sql("UPDATE ofc_document SET doc_year = ?, doc_serial = ?, doc_number = ?, printed_on = ? WHERE id = ?")
			.params(year, serial, number, printedOn, id)
			.update();
	}

	void setSealed(long id, String fileId, String fileSm3, long sealId) {
		jdbc.sql("UPDATE ofc_document SET sealed_file_id = ?, sealed_file_sm3 = ?, seal_id = ? WHERE id = ?")
			.params(fileId, fileSm3, sealId, id)
			.update();
	}

	public Optional<OfficialDocument> find(long id) {
		return jdbc.sql("SELECT * FROM ofc_document WHERE id = ?").param(id).query(Documents::map).optional();
	}

	public Optional<OfficialDocument> findBySealedFile(String fileId) {
		return jdbc.sql("SELECT * FROM ofc_document WHERE sealed_file_id = ?").param(fileId).query(Documents::map).optional();
	}

	List<OfficialDocument> inStages(List<String> stages) {
		return jdbc.sql("SELECT * FROM ofc_document WHERE stage IN (:stages) ORDER BY updated_at DESC")
			.param("stages", stages)
			.query(Documents::map)
			.list();
	}

	List<OfficialDocument> recent(int limit) {
		return jdbc.sql("SELECT * FROM ofc_document ORDER BY updated_at DESC, id DESC LIMIT ?")
			.param(limit)
			.query(Documents::map)
			.list();
	}

	List<OfficialDocument> actedOnBy(long userId, int limit) {
		return jdbc.sql("""
				SELECT d.* FROM ofc_document d WHERE d.id IN (SELECT o.document_id FROM ofc_opinion o WHERE o.author_id = ?)
				ORDER BY d.updated_at DESC LIMIT ?""")
			.params(userId, limit)
			.query(Documents::map)
			.list();
	}

	List<BodyVersion> versions(long id) {
		return jdbc.sql("SELECT version, author_id, saved_at FROM ofc_document_version WHERE document_id = ? ORDER BY version DESC")
			.param(id)
			.query((rs, n) -> new BodyVersion(rs.getInt(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	void addOpinion(long id, Stage step, String outcome, String opinion, long authorId, String authorName, long orgId,
			Instant now) {
		jdbc.sql("""
				INSERT INTO ofc_opinion (document_id, step, outcome, opinion, author_id, author_name, org_id, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, step.name(), outcome, opinion, authorId, authorName, orgId, ts(now))
			.update();
	}

	List<Opinion> opinions(long id) {
		return jdbc.sql("SELECT * FROM ofc_opinion WHERE document_id = ? ORDER BY created_at, id")
			.param(id)
			.query((rs, n) -> new Opinion(Stage.valueOf(rs.getString("step")), rs.getString("outcome"),
					rs.getString("opinion"), rs.getLong("author_id"), rs.getString("author_name"), rs.getLong("org_id"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	void setCosigners(long id, List<Long> orgIds) {
		jdbc.sql("DELETE FROM ofc_cosign WHERE document_id = ?").param(id).update();
		for (Long org : orgIds) {
			jdbc.sql("INSERT INTO ofc_cosign (document_id, org_id, signed) VALUES (?, ?, FALSE)").params(id, org).update();
		}
	}

	void resetCosigns(long id) {
		jdbc.sql("UPDATE ofc_cosign SET signed = FALSE WHERE document_id = ?").param(id).update();
	}

	void markCosigned(long id, long orgId) {
		jdbc.sql("UPDATE ofc_cosign SET signed = TRUE WHERE document_id = ? AND org_id = ?").params(id, orgId).update();
	}

	List<Cosign> cosigners(long id) {
		return jdbc.sql("SELECT org_id, signed FROM ofc_cosign WHERE document_id = ? ORDER BY org_id")
			.param(id)
			.query((rs, n) -> new Cosign(rs.getLong(1), rs.getBoolean(2)))
			.list();
	}

	void addHandler(long id, long userId) {
		jdbc.sql("INSERT INTO ofc_handler (document_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(id, userId)
			.update();
	}

	boolean isHandler(long id, long userId) {
		return jdbc.sql("SELECT COUNT(*) FROM ofc_handler WHERE document_id = ? AND user_id = ?")
			.params(id, userId)
			.query(Long.class)
			.single() > 0;
	}

	List<Long> handlers(long id) {
		return jdbc.sql("SELECT user_id FROM ofc_handler WHERE document_id = ? ORDER BY user_id").param(id).query(Long.class).list();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	static OfficialDocument map(ResultSet rs, int row) throws SQLException {
		return new OfficialDocument(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")), rs.getLong("org_id"),
				rs.getLong("drafter_id"), rs.getString("title"), rs.getString("issuer_code"), rs.getString("copy_number"),
				Classification.valueOf(rs.getString("classification")), rs.getString("secrecy_period"),
				Urgency.valueOf(rs.getString("urgency")), rs.getString("issuing_mark"), rs.getString("main_recipients"),
				rs.getString("copy_recipients"), rs.getString("attachment_note"), rs.getString("signature_name"),
				rs.getString("annotation"), rs.getString("printing_org"), rs.getString("body_html"),
				rs.getInt("body_version"), Stage.valueOf(rs.getString("stage")), rs.getString("process_id"),
				(Integer) rs.getObject("doc_year", Integer.class), (Long) rs.getObject("doc_serial", Long.class),
				rs.getString("doc_number"), (Long) rs.getObject("signer_id", Long.class), rs.getString("signer_name"),
				rs.getObject("signed_on", LocalDate.class), rs.getObject("printed_on", LocalDate.class),
				rs.getString("sealed_file_id"), rs.getString("sealed_file_sm3"), (Long) rs.getObject("seal_id", Long.class),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	public record BodyVersion(int version, long authorId, Instant savedAt) {
	}

	public record Opinion(Stage step, String outcome, String text, long authorId, String authorName, long orgId,
			Instant at) {
	}

	public record Cosign(long orgId, boolean signed) {
	}
}
