package org.zhengtong.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.DatabaseIntegrationTest;
import org.zhengtong.identity.IdentityFixtures;
import org.zhengtong.platform.web.CodedException;
import org.zhengtong.platform.web.DisplayFormats;
import org.zhengtong.platform.web.WorkbenchItems;
import org.zhengtong.services.internal.ApplicationManagement;
import org.zhengtong.services.internal.ApplicationStatus;
import org.zhengtong.services.internal.Applications;
import org.zhengtong.services.internal.ServiceApplication;

/** Applying, handling under the licensing process, and who may see and do what. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ IdentityFixtures.class, ServiceFixtures.class })
class ServiceApplicationIT extends DatabaseIntegrationTest {

	static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
			+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	ServiceFixtures fixtures;

	@Autowired
	ApplicationManagement management;

	@Autowired
	Applications applications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	List<WorkbenchItems> workbench;

	ServiceApplication submit(ServiceFixtures.Department department, ServiceFixtures.Citizen citizen, String token,
			boolean withFile) {
		Map<Long, List<MultipartFile>> files = withFile
				? Map.of(department.item().materials().get(0).id(),
						List.of(new MockMultipartFile("f", "申请书.pdf", "application/pdf", PDF)))
				: Map.of();
		String receipt = management.submit(citizen.person(), department.item().implCode(),
				new ApplicationManagement.Submission(token, citizen.idNumber(), "13900000000", "申请开办小超市"), files);
		return applications.byReceipt(receipt).orElseThrow();
	}

	List<String> auditActions(long applicationId) {
		return jdbc.sql("SELECT action FROM aud_entry WHERE target_type = 'application' AND action LIKE 'services.%' AND target_id = ? ORDER BY seq")
			.param(Long.toString(applicationId))
			.query(String.class)
			.list();
	}

	@Nested
	class Submitting {

		@Test
		void theReceiptNumberIsCountyCodeDateAndADailySequence() {
			ServiceFixtures.Department department = fixtures.department();
			ServiceApplication application = submit(department, fixtures.citizen(), UUID.randomUUID().toString(), true);
			String today = LocalDate.now(DisplayFormats.ZONE).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
			assertThat(application.receiptNo()).matches("339901" + today + "\\d{6}");
			assertThat(application.status()).isEqualTo(ApplicationStatus.PRE_REVIEW);
			assertThat(applications.files(application.id())).hasSize(1);
			assertThat(auditActions(application.id())).containsExactly("services.application.submit");
		}

		@Test
		void concurrentSubmissionsGetDistinctGaplessReceiptNumbers() throws Exception {
			ServiceFixtures.Department department = fixtures.department();
			List<ServiceFixtures.Citizen> citizens = java.util.stream.IntStream.range(0, 4).mapToObj(i -> fixtures.citizen())
				.toList();
			var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
			try {
				List<java.util.concurrent.Future<String>> receipts = new java.util.ArrayList<>();
				for (int i = 0; i < 20; i++) {
					ServiceFixtures.Citizen citizen = citizens.get(i % 4);
					receipts.add(pool.submit(() -> submit(department, citizen, UUID.randomUUID().toString(), false)
						.receiptNo()));
				}
				List<Long> numbers = new java.util.ArrayList<>();
				for (var receipt : receipts) {
					numbers.add(Long.parseLong(receipt.get().substring(14)));
				}
				assertThat(numbers).doesNotHaveDuplicates();
				java.util.Collections.sort(numbers);
				// Tests of a run do not overlap, so nobody else took a number of the day during the burst.
				assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).as("gapless").isEqualTo(19);
			}
			finally {
				pool.shutdownNow();
			}
		}

		@Test
		void aRetriedSubmitReturnsTheSameReceiptAndStoresNothingNew() {
			ServiceFixtures.Department department = fixtures.department();
			ServiceFixtures.Citizen citizen = fixtures.citizen();
			String token = UUID.randomUUID().toString();
			ServiceApplication first = submit(department, citizen, token, true);
			ServiceApplication retried = submit(department, citizen, token, true);
			assertThat(retried.receiptNo()).isEqualTo(first.receiptNo());
			assertThat(applications.ofApplicant(citizen.person().id())).hasSize(1);
		}

		@Test
		void theIdNumberIsEncryptedAtRest() {
			ServiceFixtures.Citizen citizen = fixtures.citizen();
			ServiceApplication application = submit(fixtures.department(), citizen, UUID.randomUUID().toString(), false);
			String stored = jdbc.sql("SELECT id_number_enc FROM svc_application WHERE id = ?").param(application.id())
				.query(String.class).single();
			assertThat(stored).startsWith("sm4g1:").doesNotContain(citizen.idNumber());
		}
	}

	@Nested
	class Handling {

		@Test
		void correctionThenAcceptanceReviewAndDecisionCompleteTheApplication_行政许可法() {
			ServiceFixtures.Department department = fixtures.department();
			ServiceFixtures.Citizen citizen = fixtures.citizen();
			ServiceApplication application = submit(department, citizen, UUID.randomUUID().toString(), false);
			long id = application.id();
			LocalDate today = LocalDate.now(DisplayFormats.ZONE);

			management.requestCorrection(department.clerk().person(), id, "请补正：1. 申请书原件；2. 场所证明复印件。");
			assertThat(applications.byId(id).orElseThrow().status()).isEqualTo(ApplicationStatus.CORRECTION);
			assertThat(applications.pauses(id, "ACCEPTANCE")).singleElement()
				.satisfies(pause -> assertThat(pause.isOpen()).isTrue())
				.satisfies(pause -> assertThat(pause.from()).isEqualTo(today.plusDays(1)));

			management.resubmit(citizen.person(), id, "已补齐",
					Map.of(department.item().materials().get(1).id(),
							List.of(new MockMultipartFile("f", "场所证明.pdf", "application/pdf", PDF))));
			assertThat(applications.byId(id).orElseThrow().status()).isEqualTo(ApplicationStatus.PRE_REVIEW);
			assertThat(applications.pauses(id, "ACCEPTANCE")).singleElement()
				.satisfies(pause -> assertThat(pause.to()).isEqualTo(today.plusDays(1)));

			management.accept(department.clerk().person(), id);
			assertThat(applications.byId(id).orElseThrow().acceptedOn()).isEqualTo(today);
			management.review(department.clerk().person(), id, "材料齐全，符合条件");
			management.decide(department.head().person(), id, true, "符合《食品安全法》第三十五条规定的条件", null);

			ServiceApplication done = applications.byId(id).orElseThrow();
			assertThat(done.status()).isEqualTo(ApplicationStatus.COMPLETED);
			assertThat(done.decision()).isEqualTo("GRANT");
			assertThat(applications.steps(id)).extracting(s -> s.step())
				.containsExactly("SUBMITTED", "CORRECTION_REQUESTED", "RESUBMITTED", "ACCEPTED", "REVIEWED", "GRANTED",
						"COMPLETED");
			assertThat(auditActions(id)).containsExactly("services.application.submit",
					"services.application.request_correction", "services.application.resubmit",
					"services.application.accept", "services.application.review", "services.application.decide");
			assertThat(jdbc.sql("SELECT COUNT(*) FROM act_ru_execution WHERE proc_inst_id_ = ?")
				.param(done.processInstanceId()).query(Long.class).single()).as("the process has ended").isZero();
		}

		@Test
		void notAcceptingNeedsAWrittenReason_行政许可法第32条() {
			ServiceFixtures.Department department = fixtures.department();
			long id = submit(department, fixtures.citizen(), UUID.randomUUID().toString(), false).id();
			assertThatThrownBy(() -> management.reject(department.clerk().person(), id, " "))
				.isInstanceOfSatisfying(CodedException.class,
						ex -> assertThat(ex.code()).isEqualTo("services.handle.reason_required"));
			management.reject(department.clerk().person(), id, "申请事项不属于本机关职权范围");
			assertThat(applications.byId(id).orElseThrow().status()).isEqualTo(ApplicationStatus.NOT_ACCEPTED);
		}

		@Test
		void aRefusalMustTellTheRemedy_行政许可法第38条() {
			ServiceFixtures.Department department = fixtures.department();
			long id = submit(department, fixtures.citizen(), UUID.randomUUID().toString(), false).id();
			management.accept(department.clerk().person(), id);
			management.review(department.clerk().person(), id, "场所不符合要求");
			assertThatThrownBy(() -> management.decide(department.head().person(), id, false, "场所不符合要求", ""))
				.isInstanceOfSatisfying(CodedException.class,
						ex -> assertThat(ex.code()).isEqualTo("services.handle.remedy_required"));
		}

		@Test
		void aClerkOfAnotherDepartmentCannotActOnTheApplication() {
			ServiceFixtures.Department x = fixtures.department();
			ServiceFixtures.Department y = fixtures.department();
			long id = submit(x, fixtures.citizen(), UUID.randomUUID().toString(), false).id();
			assertThatThrownBy(() -> management.accept(y.clerk().person(), id))
				.isInstanceOfSatisfying(CodedException.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
			assertThatThrownBy(() -> management.requestCorrection(y.clerk().person(), id, "补正"))
				.isInstanceOf(CodedException.class);
			assertThat(applications.byId(id).orElseThrow().status()).isEqualTo(ApplicationStatus.PRE_REVIEW);
		}

		@Test
		void aClerkCannotDecideOnlyTheHeadOfDepartmentCan() {
			ServiceFixtures.Department department = fixtures.department();
			long id = submit(department, fixtures.citizen(), UUID.randomUUID().toString(), false).id();
			management.accept(department.clerk().person(), id);
			management.review(department.clerk().person(), id, "同意");
			assertThatThrownBy(() -> management.decide(department.clerk().person(), id, true, "同意", null))
				.isInstanceOfSatisfying(CodedException.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
		}

		@Test
		void theWorkbenchListsTheTaskWithTimeLeftOnlyForTheImplementingDepartment() {
			ServiceFixtures.Department x = fixtures.department();
			ServiceFixtures.Department y = fixtures.department();
			ServiceApplication application = submit(x, fixtures.citizen(), UUID.randomUUID().toString(), false);
			assertThat(todo(x.clerk())).anySatisfy(item -> {
				assertThat(item.title()).contains(application.receiptNo()).contains("剩余");
				assertThat(item.href()).endsWith("/workbench/services/applications/" + application.id());
			});
			assertThat(todo(y.clerk())).noneMatch(item -> item.title().contains(application.receiptNo()));
			assertThat(todo(x.head())).as("department heads also pre-review")
				.anyMatch(item -> item.title().contains(application.receiptNo()));
		}

		List<WorkbenchItems.WorkItem> todo(ServiceFixtures.Staff staff) {
			// The workbench speaks the request's language; this test reads the Chinese titles.
			org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
			return workbench.stream().flatMap(source -> source.todo(staff.id().toString()).stream()).toList();
		}
	}

	@Nested
	class Privacy {

		MockHttpSession signIn(String idNumber) throws Exception {
			return (MockHttpSession) mvc
				.perform(post("/login").param("username", idNumber).param("password", IdentityFixtures.PASSWORD).with(csrf()))
				.andReturn()
				.getRequest()
				.getSession();
		}

		@Test
		void citizenACannotSeeCitizenBsApplicationByPageOrDownload() throws Exception {
			ServiceFixtures.Department department = fixtures.department();
			ServiceFixtures.Citizen a = fixtures.citizen();
			ServiceFixtures.Citizen b = fixtures.citizen();
			ServiceApplication ofA = submit(department, a, UUID.randomUUID().toString(), true);
			ServiceApplication ofB = submit(department, b, UUID.randomUUID().toString(), true);
			UUID fileOfB = applications.files(ofB.id()).get(0).fileId();

			MockHttpSession session = signIn(a.idNumber());
			String own = mvc.perform(get("/account/applications/" + ofA.id()).session(session))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(own).contains(ofA.receiptNo());
			mvc.perform(get("/account/applications/" + ofB.id()).session(session)).andExpect(status().isNotFound());
			mvc.perform(get("/files/" + fileOfB).session(session)).andExpect(status().is4xxClientError());
			String list = mvc.perform(get("/account/applications").session(session)).andReturn().getResponse()
				.getContentAsString();
			assertThat(list).contains(ofA.receiptNo()).doesNotContain(ofB.receiptNo());
		}

		@Test
		void theApplicantSubmitsThroughTheFormAndARetriedPostGivesTheSameReceipt() throws Exception {
			ServiceFixtures.Department department = fixtures.department();
			ServiceFixtures.Citizen citizen = fixtures.citizen();
			MockHttpSession session = signIn(citizen.idNumber());
			String token = UUID.randomUUID().toString();
			String materialField = "material-" + department.item().materials().get(0).id();
			for (int attempt = 0; attempt < 2; attempt++) {
				mvc.perform(multipart("/services/items/" + department.item().implCode() + "/apply")
					.file(new MockMultipartFile(materialField, "申请书.pdf", "application/pdf", PDF))
					.param("token", token).param("idNumber", citizen.idNumber()).param("mobile", "13900000001")
					.param("description", "开办小超市").session(session).with(csrf()))
					.andExpect(status().is3xxRedirection());
			}
			List<ServiceApplication> mine = applications.ofApplicant(citizen.person().id());
			assertThat(mine).hasSize(1);
			assertThat(applications.files(mine.get(0).id())).hasSize(1);
		}

		MockHttpSession signInStaff(ServiceFixtures.Staff staff) throws Exception {
			MockHttpSession session = (MockHttpSession) mvc
				.perform(post("/login").param("username", staff.username()).param("password", IdentityFixtures.PASSWORD)
					.with(csrf()))
				.andReturn().getRequest().getSession();
			mvc.perform(post("/login/second-factor").session(session).param("code", IdentityFixtures.codeNow(staff.secret()))
				.with(csrf())).andExpect(status().is3xxRedirection());
			return session;
		}

		@Test
		void theClerkSeesTheApplicationWithMaskedNumbersAndAnotherDepartmentsClerkGetsA403() throws Exception {
			ServiceFixtures.Department x = fixtures.department();
			ServiceFixtures.Department y = fixtures.department();
			ServiceFixtures.Citizen citizen = fixtures.citizen();
			ServiceApplication application = submit(x, citizen, UUID.randomUUID().toString(), true);
			UUID file = applications.files(application.id()).get(0).fileId();

			MockHttpSession clerkX = signInStaff(x.clerk());
			assertThat(mvc.perform(get("/workbench/services/applications").session(clerkX)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(application.receiptNo());
			String page = mvc.perform(get("/workbench/services/applications/" + application.id()).session(clerkX))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains(citizen.idNumber().substring(0, 4) + "**********" + citizen.idNumber().substring(14))
				.doesNotContain(citizen.idNumber());
			mvc.perform(get("/files/" + file).session(clerkX)).andExpect(status().isOk());

			MockHttpSession clerkY = signInStaff(y.clerk());
			mvc.perform(get("/workbench/services/applications/" + application.id()).session(clerkY))
				.andExpect(status().isForbidden());
			mvc.perform(post("/workbench/services/applications/" + application.id() + "/accept").session(clerkY)
				.with(csrf())).andExpect(status().isForbidden());
			mvc.perform(get("/files/" + file).session(clerkY)).andExpect(status().is4xxClientError());
			assertThat(mvc.perform(get("/workbench/services/applications").session(clerkY)).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(application.receiptNo());
			assertThat(applications.byId(application.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.PRE_REVIEW);
		}

		@Test
		void anyoneCanQueryTheStatusWithTheReceiptAndTheLastSixCharacters() throws Exception {
			ServiceFixtures.Citizen citizen = fixtures.citizen();
			ServiceApplication application = submit(fixtures.department(), citizen, UUID.randomUUID().toString(), false);
			String tail = citizen.idNumber().substring(12);
			String found = mvc.perform(post("/services/status").param("receiptNo", application.receiptNo())
				.param("tail", tail).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(found).contains("预审中").doesNotContain("测试居民");
			String wrong = mvc.perform(post("/services/status").param("receiptNo", application.receiptNo())
				.param("tail", "000000").with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(wrong).contains("没有找到与受理编号和证件号码相符的办件").doesNotContain("预审中");
		}

		@Test
		void theGuidePagesArePublicAndAnUnknownItemIsA404() throws Exception {
			ServiceFixtures.Department department = fixtures.department();
			String page = mvc.perform(get("/services/items/" + department.item().implCode())).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains(department.item().name()).contains("设定依据").contains("法定办结时限")
				.contains("承诺办结时限").contains("申请材料").contains("场所证明").contains("监督投诉电话");
			mvc.perform(get("/services/items/NO-SUCH-ITEM")).andExpect(status().isNotFound());
			String search = mvc.perform(get("/services/items").param("q", department.item().name()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(search).contains(department.item().implCode());
		}
	}
}
