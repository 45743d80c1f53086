package org.zhengtong.services.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.UserId;
import org.zhengtong.platform.calendar.WorkingDayClock;

/** 办件库 — applications, their files, timeline steps and clock pauses. */
@Repository
public class Applications {

	private static final String COLUMNS = """
			id, receipt_no, item_id, org_id, applicant_user_id, applicant_kind, applicant_name, id_number_enc,
			mobile_enc, description, status, submitted_on, accepted_on, decided_on, decision, process_instance_id,
			created_at""";

	private static final RowMapper<ServiceApplication> MAPPER = (rs, row) -> new ServiceApplication(rs.getLong("id"),
			rs.getString("receipt_no"), rs.getLong("item_id"), new OrgId(rs.getLong("org_id")),
			new UserId(rs.getLong("applicant_user_id")), rs.getString("applicant_kind"), rs.getString("applicant_name"),
			rs.getString("id_number_enc"), rs.getString("mobile_enc"), rs.getString("description"),
			ApplicationStatus.valueOf(rs.getString("status")), rs.getObject("submitted_on", LocalDate.class),
			rs.getObject("accepted_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
			rs.getString("decision"), rs.getString("process_instance_id"),
			rs.getObject("created_at", OffsetDateTime.class).toInstant());

	private final JdbcClient jdbc;

	Applications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ServiceApplication> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM svc_application WHERE id = ?").param(id).query(MAPPER).optional();
	}

	public Optional<ServiceApplication> byReceipt(String receiptNo) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM svc_application WHERE receipt_no = ?")
			.param(receiptNo)
			.query(MAPPER)
			.optional();
	}

	public Optional<ServiceApplication> byToken(UserId applicant, String token) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM svc_application WHERE applicant_user_id = ? AND submission_token = ?")
			.params(applicant.value(), token)
			.query(MAPPER)
			.optional();
	}

	/** The keyed digest of the last six characters of the applicant's number, for the anonymous query. */
	public Optional<String> tailIndex(long id) {
		return jdbc.sql("SELECT id_number_tail FROM svc_application WHERE id = ?").param(id).query(String.class).optional();
	}

	public List<ServiceApplication> ofApplicant(UserId applicant) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM svc_application WHERE applicant_user_id = ? ORDER BY id DESC")
			.param(applicant.value())
			.query(MAPPER)
			.list();
	}

	/** Applications in the given statuses of the given organisations (all organisations when null). */
	public List<ServiceApplication> inStatus(Collection<ApplicationStatus> statuses, Collection<OrgId> orgs, int limit) {
		if (statuses.isEmpty() || (orgs != null && orgs.isEmpty())) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM svc_application WHERE status IN (:statuses)");
		List<String> names = statuses.stream().map(Enum::name).toList();
		if (orgs != null) {
			sql.append(" AND org_id IN (:orgs)");
		}
		sql.append(" ORDER BY submitted_on, id LIMIT ").append(limit);
		var spec = jdbc.sql(sql.toString()).param("statuses", names);
		if (orgs != null) {
			spec = spec.param("orgs", orgs.stream().map(OrgId::value).toList());
		}
		return spec.query(MAPPER).list();
	}

	public long insert(String receiptNo, String token, ServiceItem item, UserId applicant, String applicantKind,
			String applicantName, String idNumberEncrypted, String tailIndex, String mobileEncrypted, String description,
			LocalDate submittedOn, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO svc_application (receipt_no, submission_token, item_id, org_id, applicant_user_id,
				  applicant_kind, applicant_name, id_number_enc, id_number_tail, mobile_enc, description, status,
				  submitted_on, created_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(receiptNo, token, item.id(), item.org().value(), applicant.value(), applicantKind, applicantName,
					idNumberEncrypted, tailIndex, mobileEncrypted, description, ApplicationStatus.PRE_REVIEW.name(),
					submittedOn, now.atOffset(ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void attachProcess(long id, String processInstanceId) {
		jdbc.sql("UPDATE svc_application SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
	}

	/**
	 * Moves the application from {@code expected} to {@code next}; false when it was no longer in
	 * {@code expected} (someone else acted first, or a double click).
	 */
	public boolean transition(long id, ApplicationStatus expected, ApplicationStatus next) {
		return jdbc.sql("UPDATE svc_application SET status = ?, version = version + 1 WHERE id = ? AND status = ?")
			.params(next.name(), id, expected.name())
			.update() == 1;
	}

	public void markAccepted(long id, LocalDate on) {
		jdbc.sql("UPDATE svc_application SET accepted_on = ? WHERE id = ?").params(on, id).update();
	}

	public void markDecided(long id, LocalDate on, String decision) {
		jdbc.sql("UPDATE svc_application SET decided_on = ?, decision = ? WHERE id = ?").params(on, decision, id).update();
	}

	public void attachFile(long id, long materialId, UUID fileId, Instant now) {
		jdbc.sql("""
				INSERT INTO svc_application_file (application_id, material_id, file_id, uploaded_at)
				VALUES (?, ?, ?, ?)""")
			.params(id, materialId, fileId, now.atOffset(ZoneOffset.UTC))
			.update();
	}

	public List<AttachedFile> files(long id) {
		return jdbc.sql("""
				SELECT f.material_id, f.file_id, p.original_name, f.uploaded_at
				FROM svc_application_file f JOIN plt_file p ON p.id = f.file_id
				WHERE f.application_id = ? ORDER BY f.uploaded_at, p.original_name""")
			.param(id)
			.query((rs, row) -> new AttachedFile(rs.getLong("material_id"), rs.getObject("file_id", UUID.class),
					rs.getString("original_name"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** The applications a stored file is attached to (usually one). */
	public List<ServiceApplication> withFile(UUID fileId) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM svc_application WHERE id IN (SELECT application_id FROM svc_application_file WHERE file_id = ?)")
			.param(fileId)
			.query(MAPPER)
			.list();
	}

	public void addStep(long id, String step, OrgId org, UserId actor, LocalDate on, Instant at, String remark) {
		jdbc.sql("""
				INSERT INTO svc_application_step (application_id, step, org_id, actor_user_id, occurred_on, occurred_at, remark)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, step, org == null ? null : org.value(), actor.value(), on, at.atOffset(ZoneOffset.UTC), remark)
			.update();
	}

	public List<ApplicationStep> steps(long id) {
		return jdbc.sql("""
				SELECT step, org_id, actor_user_id, occurred_on, occurred_at, remark FROM svc_application_step
				WHERE application_id = ? ORDER BY occurred_at, id""")
			.param(id)
			.query((rs, row) -> {
				long org = rs.getLong("org_id");
				return new ApplicationStep(rs.getString("step"), rs.wasNull() ? null : new OrgId(org),
						rs.getLong("actor_user_id"), rs.getObject("occurred_on", LocalDate.class),
						rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("remark"));
			})
			.list();
	}

	public void pause(long id, String clock, LocalDate from, String reason) {
		jdbc.sql("INSERT INTO svc_clock_pause (application_id, clock, paused_from, reason) VALUES (?, ?, ?, ?)")
			.params(id, clock, from, reason)
			.update();
	}

	public void resume(long id, String clock, LocalDate on) {
		jdbc.sql("UPDATE svc_clock_pause SET resumed_on = ? WHERE application_id = ? AND clock = ? AND resumed_on IS NULL")
			.params(on, id, clock)
			.update();
	}

	public List<WorkingDayClock.Pause> pauses(long id, String clock) {
		return new ArrayList<>(jdbc.sql("""
				SELECT paused_from, resumed_on FROM svc_clock_pause WHERE application_id = ? AND clock = ?
				ORDER BY paused_from, id""")
			.params(id, clock)
			.query((rs, row) -> new WorkingDayClock.Pause(rs.getObject("paused_from", LocalDate.class),
					rs.getObject("resumed_on", LocalDate.class)))
			.list());
	}

	/** An uploaded material of an application. */
	public record AttachedFile(long materialId, UUID fileId, String name, Instant uploadedAt) {
	}
}
