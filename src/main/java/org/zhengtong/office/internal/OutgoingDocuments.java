package org.zhengtong.office.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;
import org.zhengtong.platform.html.RichText;
import org.zhengtong.platform.numbering.Sequences;
import org.zhengtong.platform.web.CodedException;

/**
 * 发文 — the outgoing-document flow. The BPMN process {@code officeOutgoing} decides which step comes
 * next; this service checks who may act, records the opinion (意见栏), keeps the document's stage in
 * step with the engine and writes the audit entry last, all in one transaction.
 */
@Service
public class OutgoingDocuments {

	static final String PROCESS = "officeOutgoing";

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Documents documents;

	private final DocumentAccess access;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final Sequences sequences;

	private final DocumentSealing sealing;

	private final AuditTrail audit;

	private final Clock clock;

	OutgoingDocuments(Documents documents, DocumentAccess access, RuntimeService runtime, TaskService tasks,
			Sequences sequences, DocumentSealing sealing, AuditTrail audit, Optional<Clock> clock) {
		this.documents = documents;
		this.access = access;
		this.runtime = runtime;
		this.tasks = tasks;
		this.sequences = sequences;
		this.sealing = sealing;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** 拟稿: stores the draft, its first body version, and starts the process at the draft step. */
	@Transactional
	public long draft(Actor actor, DraftCommand command) {
		require(actor, "office.document.draft");
		Instant now = clock.instant();
		String body = RichText.sanitize(command.bodyHtml());
		long id = documents.insert(command, actor.orgId(), actor.userId(), body, now);
		documents.saveBody(id, body, actor.userId(), now);
		documents.setCosigners(id, cosigners(command, actor));
		documents.addHandler(id, actor.userId());
		Map<String, Object> variables = new HashMap<>();
		variables.put("documentId", id);
		variables.put("cosignOrgs", List.of());
		variables.put("decision", "approve");
		variables.put("returnTo", "");
		String processId = runtime.startProcessInstanceByKey(PROCESS, Long.toString(id), variables).getId();
		documents.setProcess(id, processId);
		audit.record(AuditRecord.success("office.document.draft", "document", id));
		return id;
	}

	/** Changes the draft while it is with its drafter (after a 退回 too); a new body is a new version. */
	@Transactional
	public void revise(Actor actor, long id, DraftCommand command) {
		OfficialDocument document = readable(actor, id);
		requireStep(actor, document, Stage.DRAFT);
		if (document.drafterId() != actor.userId()) {
			throw CodedException.forbidden("office.document.not_drafter");
		}
		Instant now = clock.instant();
		documents.updateDraft(id, command, now);
		String body = RichText.sanitize(command.bodyHtml());
		if (!body.equals(document.bodyHtml())) {
			documents.saveBody(id, body, actor.userId(), now);
		}
		documents.setCosigners(id, cosigners(command, actor));
		audit.record(AuditRecord.success("office.document.revise", "document", id));
	}

	/** Edits the body during checking and review (核稿 may correct the text); each save is a version. */
	@Transactional
	public int saveBody(Actor actor, long id, String html) {
		OfficialDocument document = readable(actor, id);
		if (document.stage().ordinal() > Stage.LEADER_SIGN.ordinal()) {
			throw CodedException.conflict("office.document.body_locked");
		}
		requireStep(actor, document, document.stage());
		int version = documents.saveBody(id, RichText.sanitize(html), actor.userId(), clock.instant());
		audit.record(AuditRecord.success("office.document.body", "document", id).withDetail("v" + version));
		return version;
	}

	/** Adds a person to the distribution and handling list (知悉范围); only the drafter or the office may. */
	@Transactional
	public void addHandler(Actor actor, long id, long userId) {
		OfficialDocument document = readable(actor, id);
		if (document.drafterId() != actor.userId() && !actor.may("office.document.review")) {
			throw CodedException.forbidden("office.document.not_drafter");
		}
		documents.addHandler(id, userId);
		audit.record(AuditRecord.success("office.document.handler", "document", id).withDetail("user " + userId));
	}

	/**
	 * Completes the actor's step. {@code returnTo} (a stage before the current one) sends the document
	 * back with {@code opinion} as the reason; otherwise the document moves on.
	 */
	@Transactional
	public void complete(Actor actor, long id, Stage step, Stage returnTo, String opinion) {
		OfficialDocument document = readable(actor, id);
		requireStep(actor, document, step);
		Instant now = clock.instant();
		boolean returning = returnTo != null;
		if (returning) {
			if (!step.mayReturn() || returnTo.ordinal() >= step.ordinal() || returnTo == Stage.COSIGN) {
				throw CodedException.unprocessable("office.document.return_invalid");
			}
			if (opinion == null || opinion.isBlank()) {
				throw CodedException.unprocessable("office.document.return_reason");
			}
		}
		List<Task> open = tasks.createTaskQuery().processInstanceId(document.processId()).taskDefinitionKey(step.taskKey()).list();
		Task mine = step == Stage.COSIGN ? open.stream()
			.filter(t -> Long.toString(actor.orgId()).equals(tasks.getVariable(t.getId(), "cosignOrg")))
			.findFirst()
			.orElseThrow(() -> CodedException.forbidden("office.document.not_cosigner"))
				: open.stream().findFirst().orElseThrow(() -> CodedException.conflict("office.document.wrong_step"));

		switch (step) {
			case DRAFT -> runtime.setVariable(document.processId(), "cosignOrgs",
					documents.cosigners(id).stream().map(c -> Long.toString(c.orgId())).toList());
			case COSIGN -> {
				if (!returning) {
					documents.markCosigned(id, actor.orgId());
				}
			}
			case LEADER_SIGN -> {
				if (!returning) {
					documents.setSigner(id, actor.userId(), actor.name(), LocalDate.ofInstant(now, ZONE));
				}
			}
			case REGISTER -> number(document, now);
			case SEAL -> sealing.seal(actor, documents.find(id).orElseThrow());
			default -> {
			}
		}
		documents.addOpinion(id, step, returning ? "return" : "approve", opinion == null ? "" : opinion.strip(),
				actor.userId(), actor.name(), actor.orgId(), now);
		documents.addHandler(id, actor.userId());

		Map<String, Object> decision = Map.of("decision", returning ? "return" : "approve", "returnTo",
				returning ? returnTo.taskKey() : "");
		runtime.setVariables(document.processId(), decision);
		tasks.complete(mine.getId());
		if (returning && step == Stage.COSIGN) {
			// One department's 退回 ends the round for all; the others' pending tasks close unsigned.
			for (Task other : tasks.createTaskQuery().processInstanceId(document.processId()).taskDefinitionKey("cosign").list()) {
				tasks.complete(other.getId());
			}
		}
		Stage next = currentStage(document.processId());
		if (next == Stage.COSIGN && document.stage() != Stage.COSIGN) {
			documents.resetCosigns(id);
		}
		documents.setStage(id, next, now);
		String action = returning ? "office.document.return" : "office.document." + step.taskKey();
		audit.record(AuditRecord.success(action, "document", id)
			.withDetail(returning ? step.name() + "→" + returnTo.name() : step.name()));
	}

	/** 登记/编号: the next number of this organisation, kind and year, taken late in the transaction. */
	private void number(OfficialDocument document, Instant now) {
		if (document.number() != null) {
			return;
		}
		LocalDate today = LocalDate.ofInstant(now, ZONE);
		int year = today.getYear();
		long serial = sequences.next("office.doc." + document.orgId() + "." + document.kind().name(), Integer.toString(year));
		documents.setNumber(document.id(), year, serial, DocumentNumbers.format(document.issuerCode(), year, serial), today);
	}

	public OfficialDocument readable(Actor actor, long id) {
		OfficialDocument document = documents.find(id)
			.orElseThrow(() -> CodedException.notFound("office.document.not_found", id));
		if (!access.mayRead(actor, document)) {
			// Same answer as a missing document, so a classified document's existence is not revealed.
			throw CodedException.notFound("office.document.not_found", id);
		}
		return document;
	}

	/** 待办: documents waiting for a step this actor may complete now. */
	public List<OfficialDocument> todo(Actor actor) {
		List<String> stages = java.util.Arrays.stream(Stage.values())
			.filter(stage -> stage.permission() != null && actor.may(stage.permission()))
			.map(Stage::name)
			.toList();
		if (stages.isEmpty()) {
			return List.of();
		}
		return documents.inStages(stages)
			.stream()
			.filter(document -> access.mayRead(actor, document) && mayAct(actor, document, document.stage()))
			.toList();
	}

	/** 已办: documents this actor has acted on, newest first. */
	public List<OfficialDocument> done(Actor actor) {
		return documents.actedOnBy(actor.userId(), 50).stream().filter(d -> access.mayRead(actor, d)).toList();
	}

	/** Recent documents the actor may read. */
	public List<OfficialDocument> visible(Actor actor) {
		return documents.recent(200).stream().filter(d -> access.mayRead(actor, d)).limit(50).toList();
	}

	public List<Documents.Opinion> opinions(OfficialDocument document) {
		return documents.opinions(document.id());
	}

	public List<Documents.BodyVersion> versions(OfficialDocument document) {
		return documents.versions(document.id());
	}

	public List<Documents.Cosign> cosigners(OfficialDocument document) {
		return documents.cosigners(document.id());
	}

	public List<Long> handlers(OfficialDocument document) {
		return documents.handlers(document.id());
	}

	/** Whether the actor may complete this step now (for showing the action form). */
	public boolean mayAct(Actor actor, OfficialDocument document, Stage step) {
		if (document.stage() != step || !actor.may(step.permission())) {
			return false;
		}
		return switch (step) {
			case DRAFT -> document.drafterId() == actor.userId();
			case DEPT_CHECK -> document.orgId() == actor.orgId();
			case COSIGN -> documents.cosigners(document.id())
				.stream()
				.anyMatch(c -> c.orgId() == actor.orgId() && !c.signed());
			default -> true;
		};
	}

	private void requireStep(Actor actor, OfficialDocument document, Stage step) {
		if (document.stage() != step) {
			throw CodedException.conflict("office.document.wrong_step");
		}
		require(actor, step.permission());
		if (!mayAct(actor, document, step)) {
			throw CodedException.forbidden("office.document.not_yours");
		}
	}

	private Stage currentStage(String processId) {
		return tasks.createTaskQuery()
			.processInstanceId(processId)
			.list()
			.stream()
			.map(t -> Stage.ofTask(t.getTaskDefinitionKey()))
			.findFirst()
			.orElse(Stage.DISTRIBUTED);
	}

	private static List<Long> cosigners(DraftCommand command, Actor actor) {
		return command.cosignOrgIds() == null ? List.of()
				: command.cosignOrgIds().stream().distinct().filter(org -> org != actor.orgId()).toList();
	}

	static void require(Actor actor, String permission) {
		if (!actor.may(permission)) {
			throw CodedException.forbidden("office.permission_denied");
		}
	}
}
