package org.zhengtong.services.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.CurrentPerson.Person;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.ResidentIdNumber;
import org.zhengtong.identity.UnifiedSocialCreditCode;
import org.zhengtong.identity.UserKind;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;
import org.zhengtong.platform.crypto.PersonalDataProtector;
import org.zhengtong.platform.files.FileStore;
import org.zhengtong.platform.files.StoredFile;
import org.zhengtong.platform.numbering.Sequences;
import org.zhengtong.platform.web.CodedException;
import org.zhengtong.platform.web.DisplayFormats;

/**
 * 办件管理 — submitting applications and handling them under 《行政许可法》. Every action checks
 * who may take it (the applicant for their own application; staff within the data scope of
 * {@link #HANDLE} or {@link #DECIDE} for the implementing organisation), moves the business state
 * in {@code svc_application}, drives the BPMN process, and is audited last, in one transaction.
 */
@Service
public class ApplicationManagement {

	/** 受理、审查: clerks (and department heads) of the implementing organisation. */
	public static final String HANDLE = "services.application.handle";

	/** 决定: department heads of the implementing organisation. */
	public static final String DECIDE = "services.application.decide";

	/** Receipt numbers: county region code + yyyyMMdd + 6-digit number of the day (Asia/Shanghai). */
	static final String RECEIPT_PREFIX = "339901";

	static final String ACCEPTANCE_CLOCK = "ACCEPTANCE";

	static final String DECISION_CLOCK = "DECISION";

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final Applications applications;

	private final ServiceItems items;

	private final Sequences sequences;

	private final FileStore files;

	private final PersonalDataProtector protector;

	private final AccessScopes scopes;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final AuditTrail audit;

	ApplicationManagement(Applications applications, ServiceItems items, Sequences sequences, FileStore files,
			PersonalDataProtector protector, AccessScopes scopes, RuntimeService runtime, TaskService tasks,
			AuditTrail audit) {
		this.applications = applications;
		this.items = items;
		this.sequences = sequences;
		this.files = files;
		this.protector = protector;
		this.scopes = scopes;
		this.runtime = runtime;
		this.tasks = tasks;
		this.audit = audit;
	}

	/** What the applicant typed; the name comes from their account. */
	public record Submission(String token, String idNumber, String mobile, String description) {
	}

	/**
	 * 申请 — stores the application, its materials and the first step, takes the receipt number
	 * and starts the process. A second call with the same token returns the first receipt and
	 * stores nothing (a retried or double-clicked submit).
	 */
	@Transactional
	public String submit(Person applicant, String itemCode, Submission submission,
			Map<Long, List<MultipartFile>> uploads) {
		requireApplicant(applicant);
		Optional<ServiceApplication> earlier = applications.byToken(applicant.id(), submission.token());
		if (earlier.isPresent()) {
			return earlier.get().receiptNo();
		}
		ServiceItem item = items.byCode(itemCode).orElseThrow(() -> CodedException.notFound("services.item.not_found"));
		String number = applicant.kind() == UserKind.ENTERPRISE ? UnifiedSocialCreditCode.normalise(submission.idNumber())
				: ResidentIdNumber.normalise(submission.idNumber());
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		LocalDate today = LocalDate.ofInstant(now, DisplayFormats.ZONE);
		// The number is taken last-but-one: the sequence row stays locked until commit (see Sequences).
		String receipt = RECEIPT_PREFIX + today.format(DAY)
				+ String.format("%06d", sequences.next("services.receipt", today.format(DAY)));
		long id = applications.insert(receipt, submission.token(), item, applicant.id(), applicant.kind().name(),
				applicant.displayName(), protector.encrypt(number), tailIndex(number),
				protector.encrypt(submission.mobile()), submission.description(), today, now);
		storeUploads(id, item, applicant, uploads, now);
		applications.addStep(id, "SUBMITTED", null, applicant.id(), today, now, null);
		var instance = runtime.startProcessInstanceByKey(item.processKey(), receipt,
				Map.of("orgId", item.org().value(), "applicationId", id));
		applications.attachProcess(id, instance.getId());
		audit.record(AuditRecord.success("services.application.submit", "application", id).withDetail(receipt));
		return receipt;
	}

	/** 补正通知 — one notice listing every missing material; the acceptance clock stops. */
	@Transactional
	public void requestCorrection(Person clerk, long id, String notice) {
		ServiceApplication application = forStaff(clerk, id, HANDLE);
		requireText(notice, "services.handle.notice_required");
		move(application, ApplicationStatus.PRE_REVIEW, ApplicationStatus.CORRECTION);
		LocalDate today = today();
		// The notice day still counts; the clock stops from the next day (see WorkingDayClock.Pause).
		applications.pause(id, ACCEPTANCE_CLOCK, today.plusDays(1), "CORRECTION");
		step(application, "CORRECTION_REQUESTED", clerk, notice.strip());
		completeTask(application, "preReview", Map.of("outcome", "correct"));
		audit.record(AuditRecord.success("services.application.request_correction", "application", id));
	}

	/** 补正材料提交 — the applicant's corrected materials arrive; the acceptance clock runs again. */
	@Transactional
	public void resubmit(Person applicant, long id, String note, Map<Long, List<MultipartFile>> uploads) {
		ServiceApplication application = forApplicant(applicant, id);
		move(application, ApplicationStatus.CORRECTION, ApplicationStatus.PRE_REVIEW);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		LocalDate today = LocalDate.ofInstant(now, DisplayFormats.ZONE);
		// The day the materials arrive is the act that restarts the clock: counting resumes the next day.
		applications.resume(id, ACCEPTANCE_CLOCK, today.plusDays(1));
		ServiceItem item = items.byId(application.itemId()).orElseThrow();
		storeUploads(id, item, applicant, uploads, now);
		applications.addStep(id, "RESUBMITTED", null, applicant.id(), today, now, blankToNull(note));
		Execution waiting = runtime.createExecutionQuery()
			.processInstanceId(application.processInstanceId())
			.activityId("awaitCorrection")
			.singleResult();
		if (waiting == null) {
			throw CodedException.conflict("services.application.wrong_state");
		}
		runtime.trigger(waiting.getId());
		audit.record(AuditRecord.success("services.application.resubmit", "application", id));
	}

	/** 受理 — the decision clock starts the day after. */
	@Transactional
	public void accept(Person clerk, long id) {
		ServiceApplication application = forStaff(clerk, id, HANDLE);
		move(application, ApplicationStatus.PRE_REVIEW, ApplicationStatus.REVIEW);
		applications.markAccepted(id, today());
		step(application, "ACCEPTED", clerk, null);
		completeTask(application, "preReview", Map.of("outcome", "accept"));
		audit.record(AuditRecord.success("services.application.accept", "application", id));
	}

	/** 不予受理 — always with a written reason (行政许可法第三十二条). */
	@Transactional
	public void reject(Person clerk, long id, String reason) {
		ServiceApplication application = forStaff(clerk, id, HANDLE);
		requireText(reason, "services.handle.reason_required");
		move(application, ApplicationStatus.PRE_REVIEW, ApplicationStatus.NOT_ACCEPTED);
		step(application, "NOT_ACCEPTED", clerk, reason.strip());
		completeTask(application, "preReview", Map.of("outcome", "reject"));
		audit.record(AuditRecord.success("services.application.reject", "application", id));
	}

	/** 审查 — the clerk's review opinion; the application goes to the department head. */
	@Transactional
	public void review(Person clerk, long id, String opinion) {
		ServiceApplication application = forStaff(clerk, id, HANDLE);
		requireText(opinion, "services.handle.opinion_required");
		move(application, ApplicationStatus.REVIEW, ApplicationStatus.DECISION);
		step(application, "REVIEWED", clerk, opinion.strip());
		completeTask(application, "review", Map.of());
		audit.record(AuditRecord.success("services.application.review", "application", id));
	}

	/**
	 * 决定 — 准予 or 不予 with reasons; a refusal must also say how to seek remedy (行政许可法第三十八条:
	 * 行政复议或者行政诉讼的权利). The application is then 办结.
	 */
	@Transactional
	public void decide(Person head, long id, boolean grant, String reasons, String remedy) {
		ServiceApplication application = forStaff(head, id, DECIDE);
		requireText(reasons, "services.handle.reasons_required");
		if (!grant) {
			requireText(remedy, "services.handle.remedy_required");
		}
		move(application, ApplicationStatus.DECISION, ApplicationStatus.COMPLETED);
		String decision = grant ? "GRANT" : "REFUSE";
		applications.markDecided(id, today(), decision);
		String text = reasons.strip() + (grant || remedy == null ? "" : "\n" + remedy.strip());
		step(application, grant ? "GRANTED" : "REFUSED", head, text);
		step(application, "COMPLETED", head, null);
		completeTask(application, "decide", Map.of("decision", decision));
		audit.record(AuditRecord.success("services.application.decide", "application", id).withDetail(decision));
	}

	/** The application if {@code person} is its applicant; otherwise not found (nobody learns it exists). */
	public ServiceApplication forApplicant(Person person, long id) {
		return applications.byId(id)
			.filter(application -> application.applicant().equals(person.id()))
			.orElseThrow(() -> CodedException.notFound("services.application.not_found"));
	}

	/** The application if {@code person} holds {@code permission} for its implementing organisation. */
	public ServiceApplication forStaff(Person person, long id, String permission) {
		ServiceApplication application = applications.byId(id)
			.orElseThrow(() -> CodedException.notFound("services.application.not_found"));
		if (!person.isStaff() || !scopes.scopeOf(person.id(), permission).includes(application.org())) {
			throw CodedException.forbidden("services.application.not_in_scope");
		}
		return application;
	}

	/** Whether staff may see the application at all (handle or decide for its organisation). */
	public boolean mayHandle(Person person, OrgId org) {
		return person.isStaff() && (scopes.scopeOf(person.id(), HANDLE).includes(org)
				|| scopes.scopeOf(person.id(), DECIDE).includes(org));
	}

	/** The keyed digest the anonymous status query compares with. */
	public String tailIndex(String number) {
		String normalised = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
		String tail = normalised.length() <= 6 ? normalised : normalised.substring(normalised.length() - 6);
		return protector.blindIndex("svc-tail:" + tail);
	}

	private void storeUploads(long id, ServiceItem item, Person owner, Map<Long, List<MultipartFile>> uploads,
			Instant now) {
		if (uploads == null) {
			return;
		}
		for (ServiceItem.Material material : item.materials()) {
			for (MultipartFile upload : uploads.getOrDefault(material.id(), List.of())) {
				if (upload == null || upload.isEmpty()) {
					continue;
				}
				StoredFile stored = files.store(upload, owner.id().toString());
				applications.attachFile(id, material.id(), stored.id(), now);
			}
		}
	}

	private void step(ServiceApplication application, String step, Person actor, String remark) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		applications.addStep(application.id(), step, application.org(), actor.id(),
				LocalDate.ofInstant(now, DisplayFormats.ZONE), now, remark);
	}

	private void move(ServiceApplication application, ApplicationStatus from, ApplicationStatus to) {
		if (application.status() != from || !applications.transition(application.id(), from, to)) {
			throw CodedException.conflict("services.application.wrong_state");
		}
	}

	private void completeTask(ServiceApplication application, String taskKey, Map<String, Object> variables) {
		Task task = tasks.createTaskQuery()
			.processInstanceId(application.processInstanceId())
			.taskDefinitionKey(taskKey)
			.singleResult();
		if (task == null) {
			throw CodedException.conflict("services.application.wrong_state");
		}
		tasks.complete(task.getId(), variables);
	}

	private static void requireApplicant(Person person) {
		if (person.kind() != UserKind.CITIZEN && person.kind() != UserKind.ENTERPRISE) {
			throw CodedException.forbidden("services.application.applicants_only");
		}
	}

	private static void requireText(String text, String code) {
		if (text == null || text.isBlank()) {
			throw CodedException.unprocessable(code);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static LocalDate today() {
		return LocalDate.now(DisplayFormats.ZONE);
	}
}
