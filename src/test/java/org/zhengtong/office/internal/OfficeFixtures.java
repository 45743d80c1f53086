package org.zhengtong.office.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.zhengtong.identity.IdentityFixtures;

/** People and documents for office tests, each in its own uniquely named departments. */
class OfficeFixtures {

	static final Set<String> CLERK = Set.of("office.document.draft", "office.document.register",
			"office.document.distribute", "office.document.receive");

	static final Set<String> HEAD = Set.of("office.document.draft", "office.document.check", "office.document.review",
			"office.document.cosign", "office.document.receive");

	static final Set<String> LEADER = Set.of("office.document.sign", "office.seal.use", "office.seal.manage",
			"office.document.receive");

	final IdentityFixtures identity;

	final OutgoingDocuments outgoing;

	final Seals seals;

	final long org;

	final Actor clerk, head, leader, cosignerA, cosignerB;

	OfficeFixtures(IdentityFixtures identity, OutgoingDocuments outgoing, Seals seals) {
		this.identity = identity;
		this.outgoing = outgoing;
		this.seals = seals;
		var drafter = identity.staff("CLERK");
		org = drafter.org().value();
		clerk = new Actor(drafter.id().value(), org, "拟稿人", CLERK);
		head = new Actor(identity.staff("DEPT_HEAD").id().value(), org, "科长", HEAD);
		leader = new Actor(identity.staff("LEADER").id().value(), org, "县长", LEADER);
		cosignerA = new Actor(identity.staff("DEPT_HEAD").id().value(), identity.department("财政局").value(), "财政局长", HEAD);
		cosignerB = new Actor(identity.staff("DEPT_HEAD").id().value(), identity.department("发改局").value(), "发改局长", HEAD);
	}

	void sealForOrg() {
		seals.create(leader, org, "示范县人民政府办公室", Instant.now().minus(Duration.ofDays(1)),
				Instant.now().plus(Duration.ofDays(365)));
	}

	DraftCommand command(DocumentKind kind, Classification classification, List<Long> cosigners) {
		return new DraftCommand(kind, "关于做好2026年冬季安全生产工作的通知", "示政办发", "000123", classification,
				classification.classified() ? "1年" : null, Urgency.URGENT, "示范县人民政府办公室文件", "各乡镇人民政府，县政府各部门",
				"县委办公室，县人大常委会办公室", "1. 安全生产检查表", "示范县人民政府办公室", "此件公开发布", "示范县人民政府办公室",
				"<p>为切实做好冬季安全生产工作，现将有关事项通知如下。</p><p>一、提高思想认识</p><p>（一）压实责任。各乡镇要落实属地责任。</p>"
						+ "<p>1. 开展隐患排查。</p><p>" + "各部门要按照职责分工，认真组织开展安全生产大检查。".repeat(12) + "</p>",
				cosigners);
	}

	/** Drafts a document and takes it through every step up to {@code until} (not completing that one). */
	long advance(Classification classification, Stage until) {
		long id = outgoing.draft(clerk, command(DocumentKind.NOTICE, classification, List.of(cosignerA.orgId(), cosignerB.orgId())));
		if (classification.classified()) {
			for (Actor actor : List.of(head, leader, cosignerA, cosignerB)) {
				outgoing.addHandler(clerk, id, actor.userId());
			}
		}
		step(id, Stage.DRAFT, until, clerk);
		step(id, Stage.DEPT_CHECK, until, head);
		step(id, Stage.OFFICE_REVIEW, until, head);
		if (Stage.COSIGN.ordinal() < until.ordinal()) {
			outgoing.complete(cosignerA, id, Stage.COSIGN, null, "同意。");
			outgoing.complete(cosignerB, id, Stage.COSIGN, null, "同意。");
		}
		step(id, Stage.LEADER_SIGN, until, leader);
		step(id, Stage.REGISTER, until, clerk);
		step(id, Stage.SEAL, until, leader);
		step(id, Stage.DISTRIBUTE, until, clerk);
		return id;
	}

	private void step(long id, Stage step, Stage until, Actor actor) {
		if (step.ordinal() < until.ordinal()) {
			outgoing.complete(actor, id, step, null, "同意");
		}
	}
}
