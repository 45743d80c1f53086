package org.zhengtong.office.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengtong.DatabaseIntegrationTest;
import org.zhengtong.identity.IdentityFixtures;
import org.zhengtong.platform.web.CodedException;

/** 发文: the BPMN flow from 拟稿 to 分发, 退回 with a reason, and 发文字号 under concurrency. */
@SpringBootTest
@Import(IdentityFixtures.class)
class OfficeOutgoingDocumentIT extends DatabaseIntegrationTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	OutgoingDocuments outgoing;

	@Autowired
	Documents documents;

	@Autowired
	Seals seals;

	@Autowired
	JdbcClient jdbc;

	OfficeFixtures office;

	@BeforeEach
	void people() {
		office = new OfficeFixtures(identity, outgoing, seals);
		office.sealForOrg();
	}

	@Test
	void documentGoesFromDraftThroughCoSigningToNumberedSealedAndDistributed() {
		long id = office.advance(Classification.NONE, Stage.DISTRIBUTED);

		OfficialDocument done = documents.find(id).orElseThrow();
		assertThat(done.stage()).isEqualTo(Stage.DISTRIBUTED);
		assertThat(done.number()).matches("示政办发〔20\\d\\d〕[1-9]\\d*号");
		assertThat(done.signerName()).isEqualTo("县长");
		assertThat(done.sealedFileId()).isNotNull();
		assertThat(documents.cosigners(id)).allMatch(Documents.Cosign::signed).hasSize(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ofc_opinion WHERE document_id = ?").param(id).query(Long.class).single())
			.isEqualTo(9);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM aud_entry WHERE target_type = 'document' AND target_id = ?")
			.param(Long.toString(id))
			.query(Long.class)
			.single()).as("every step on the audit trail").isGreaterThanOrEqualTo(9);
	}

	@Test
	void returnSendsTheDocumentBackWithItsReasonAndCoSigningStartsAgain() {
		long id = office.advance(Classification.NONE, Stage.COSIGN);
		outgoing.complete(office.cosignerA, id, Stage.COSIGN, null, "同意。");
		outgoing.complete(office.cosignerB, id, Stage.COSIGN, Stage.DRAFT, "第二条与我局职责不符，请修改。");

		OfficialDocument returned = documents.find(id).orElseThrow();
		assertThat(returned.stage()).isEqualTo(Stage.DRAFT);
		assertThat(documents.opinions(id)).last()
			.satisfies(o -> assertThat(o.outcome()).isEqualTo("return"))
			.satisfies(o -> assertThat(o.text()).contains("职责不符"));

		outgoing.complete(office.clerk, id, Stage.DRAFT, null, "已修改");
		outgoing.complete(office.head, id, Stage.DEPT_CHECK, null, "同意");
		outgoing.complete(office.head, id, Stage.OFFICE_REVIEW, null, "同意");
		assertThat(documents.find(id).orElseThrow().stage()).isEqualTo(Stage.COSIGN);
		assertThat(documents.cosigners(id)).noneMatch(Documents.Cosign::signed);
	}

	@Test
	void returnNeedsAReasonAndAnEarlierStep() {
		long id = office.advance(Classification.NONE, Stage.DEPT_CHECK);
		assertThatThrownBy(() -> outgoing.complete(office.head, id, Stage.DEPT_CHECK, Stage.DRAFT, " "))
			.isInstanceOf(CodedException.class)
			.hasMessageContaining("office.document.return_reason");
		assertThatThrownBy(() -> outgoing.complete(office.head, id, Stage.DEPT_CHECK, Stage.LEADER_SIGN, "x"))
			.isInstanceOf(CodedException.class);
	}

	@Test
	void aStepNeedsItsPermissionAndItsTurn() {
		long id = office.advance(Classification.NONE, Stage.DEPT_CHECK);
		assertThatThrownBy(() -> outgoing.complete(office.clerk, id, Stage.DEPT_CHECK, null, "同意"))
			.isInstanceOf(CodedException.class)
			.hasMessageContaining("office.permission_denied");
		assertThatThrownBy(() -> outgoing.complete(office.leader, id, Stage.LEADER_SIGN, null, "同意"))
			.isInstanceOf(CodedException.class)
			.hasMessageContaining("office.document.wrong_step");
		assertThatThrownBy(() -> outgoing.complete(office.cosignerA, id, Stage.DEPT_CHECK, null, "同意"))
			.as("another department's head cannot check this department's draft")
			.isInstanceOf(CodedException.class);
	}

	@Test
	void withoutCoSigningDepartmentsReviewGoesStraightToSignOff() {
		long id = outgoing.draft(office.clerk, office.command(DocumentKind.REQUEST, Classification.NONE, List.of()));
		outgoing.complete(office.clerk, id, Stage.DRAFT, null, "");
		outgoing.complete(office.head, id, Stage.DEPT_CHECK, null, "同意");
		outgoing.complete(office.head, id, Stage.OFFICE_REVIEW, null, "同意");
		assertThat(documents.find(id).orElseThrow().stage()).isEqualTo(Stage.LEADER_SIGN);
		outgoing.complete(office.leader, id, Stage.LEADER_SIGN, null, "同意上报");
		outgoing.complete(office.clerk, id, Stage.REGISTER, null, "");
		OfficialDocument request = documents.find(id).orElseThrow();
		assertThat(request.number()).as("请示 numbered in its own series").endsWith("〕1号");
		assertThat(request.signerName()).as("签发人 of an upward document").isEqualTo("县长");
	}

	@Test
	void documentNumbersAreUniqueGaplessAndWellFormedUnderConcurrency() throws Exception {
		int count = 8;
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(office.advance(Classification.NONE, Stage.REGISTER));
		}
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			List<Callable<Void>> registrations = ids.stream().<Callable<Void>>map(id -> () -> {
				outgoing.complete(office.clerk, id, Stage.REGISTER, null, "登记");
				return null;
			}).toList();
			for (Future<Void> result : pool.invokeAll(registrations)) {
				result.get();
			}
		}
		finally {
			pool.shutdown();
		}
		List<String> numbers = ids.stream().map(id -> documents.find(id).orElseThrow().number()).toList();
		assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.matches("示政办发〔20\\d\\d〕[1-9]\\d*号"));
		List<Long> serials = ids.stream().map(id -> documents.find(id).orElseThrow().serial()).sorted().toList();
		assertThat(serials.get(serials.size() - 1) - serials.get(0)).as("gapless").isEqualTo(count - 1);
	}
}
