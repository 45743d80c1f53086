package org.zhengtong.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;
import org.zhengtong.DatabaseIntegrationTest;
import org.zhengtong.platform.PlatformTestConfiguration;
import org.zhengtong.platform.PlatformTestConfiguration.AuditRows;
import org.zhengtong.platform.audit.AuditResult;
import org.zhengtong.platform.crypto.SmCrypto;

@SpringBootTest
@AutoConfigureMockMvc
@Import(PlatformTestConfiguration.class)
class FileStoreIT extends DatabaseIntegrationTest {

	@Autowired
	FileStore store;

	@Autowired
	FileStoreProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	AuditRows audit;

	@Autowired
	org.zhengtong.platform.audit.AuditTrail trail;

	@Autowired
	MockMvc mvc;

	private StoredFile storePng(String owner) {
		return store.store(new ByteArrayInputStream(SampleFiles.png()), "照片.png", owner);
	}

	private FileRejected rejection(byte[] content, String name) {
		try {
			store.store(new ByteArrayInputStream(content), name, "mallory");
		}
		catch (FileRejected ex) {
			return ex;
		}
		throw new AssertionError(name + " was accepted");
	}

	private String chinese(FileRejected ex) {
		return messages.getMessage(ex.code(), ex.arguments(), Locale.SIMPLIFIED_CHINESE);
	}

	@Nested
	class Storing {

		@Test
		void anUploadIsKeptUnderItsSm3HashWithTheTypeFoundInItsBytes() throws IOException {
			StoredFile stored = storePng("alice");
			assertThat(stored.mediaType()).isEqualTo("image/png");
			assertThat(stored.sm3()).isEqualTo(SmCrypto.sm3Hex(SampleFiles.png()));
			assertThat(stored.size()).isEqualTo(SampleFiles.png().length);
			Path content = store.contentOf(stored);
			assertThat(content).startsWith(properties.root().toAbsolutePath().normalize());
			assertThat(content.getFileName().toString()).isEqualTo(stored.sm3());
			assertThat(Files.readAllBytes(content)).isEqualTo(SampleFiles.png());
			assertThat(store.find(stored.id())).contains(stored);
			assertThat(audit.recorded("platform.files.store", stored.id().toString())).singleElement()
				.satisfies(r -> assertThat(r.result()).isEqualTo(AuditResult.SUCCESS));
		}

		@Test
		void theSameContentIsStoredOnce() throws IOException {
			StoredFile first = storePng("alice");
			StoredFile second = store.store(new ByteArrayInputStream(SampleFiles.png()), "another name.png", "bob");
			assertThat(second.id()).isNotEqualTo(first.id());
			assertThat(second.sm3()).isEqualTo(first.sm3());
			assertThat(store.contentOf(second)).isEqualTo(store.contentOf(first));
			try (Stream<Path> files = Files.list(store.contentOf(first).getParent())) {
				assertThat(files.filter(f -> f.getFileName().toString().equals(first.sm3()))).hasSize(1);
			}
		}

		@Test
		void officeOfdPdfTextAndFormUploadsAreAccepted() {
			assertThat(store.store(new ByteArrayInputStream(SampleFiles.docx()), "申请报告.docx", "alice").mediaType())
				.isEqualTo(ContentTypes.DOCX);
			assertThat(store.store(new ByteArrayInputStream(SampleFiles.ofd()), "县政办发〔2026〕1号.ofd", "alice").mediaType())
				.isEqualTo("application/ofd");
			assertThat(store.store(new ByteArrayInputStream(SampleFiles.pdf()), "扫描件", "alice").originalName())
				.isEqualTo("扫描件.pdf");
			assertThat(store.store(new MockMultipartFile("file", "C:\\fakepath\\说明.txt", "application/pdf",
					SampleFiles.text()), "alice"))
				.satisfies(f -> {
					assertThat(f.mediaType()).as("the browser's claimed type is ignored").isEqualTo("text/plain");
					assertThat(f.originalName()).isEqualTo("说明.txt");
				});
		}
	}

	@Nested
	class Refusing {

		@Test
		void aPngNamedPdfIsRefused() {
			FileRejected ex = rejection(SampleFiles.png(), "营业执照.pdf");
			assertThat(ex.code()).isEqualTo(FileRejected.EXTENSION_MISMATCH);
			assertThat(ex.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
			assertThat(chinese(ex)).isEqualTo("文件“营业执照.pdf”的扩展名与其实际内容（image/png）不符，请确认文件无误后重新上传。");
		}

		@Test
		void aFakePdfIsRefused() {
			FileRejected ex = rejection(SampleFiles.text(), "合同.pdf");
			assertThat(ex.code()).isEqualTo(FileRejected.EXTENSION_MISMATCH);
		}

		@Test
		void aProgramRenamedPdfIsRefused() {
			FileRejected ex = rejection(SampleFiles.exe(), "通知.pdf");
			assertThat(ex.code()).isEqualTo(FileRejected.TYPE_NOT_ALLOWED);
			assertThat(chinese(ex)).startsWith("文件“通知.pdf”的类型").contains("不允许上传").contains("PDF、OFD、PNG");
		}

		@Test
		void htmlRenamedTxtAndBareZipsAreRefused() {
			assertThat(rejection(SampleFiles.html(), "说明.txt").code()).isEqualTo(FileRejected.TYPE_NOT_ALLOWED);
			assertThat(rejection(SampleFiles.plainZip(), "材料.docx").code()).isEqualTo(FileRejected.TYPE_NOT_ALLOWED);
		}

		@Test
		void anUploadOverTheSizeLimitIsRefused() {
			FileStore small = new FileStore(jdbc, trail, new FileStoreProperties(properties.root(), DataSize.ofBytes(100),
					properties.allowedTypes()));
			assertThatThrownBy(() -> small.store(new ByteArrayInputStream(new byte[101]), "大文件.txt", "mallory"))
				.isInstanceOfSatisfying(FileRejected.class, ex -> {
					assertThat(ex.code()).isEqualTo(FileRejected.TOO_LARGE);
					assertThat(ex.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
					assertThat(chinese(ex)).contains("超过了大小上限");
				});
		}

		@Test
		void anEmptyUploadIsRefused() {
			assertThat(rejection(new byte[0], "空.pdf").code()).isEqualTo(FileRejected.EMPTY);
		}

		@Test
		void refusalsAreAuditedAndLeaveNoRecord() {
			long before = audit.recorded("platform.files.store", null).stream().filter(r -> r.result() == AuditResult.FAILURE).count();
			rejection(SampleFiles.png(), "照片.pdf");
			assertThat(audit.recorded("platform.files.store", null).stream().filter(r -> r.result() == AuditResult.FAILURE))
				.hasSize((int) before + 1);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM plt_file WHERE owner_id = 'mallory'").query(Long.class).single()).isZero();
		}
	}

	@Nested
	class Downloading {

		@Test
		void theOwnerDownloadsTheFileAsANonSniffedAttachment() throws Exception {
			StoredFile stored = storePng("alice");
			mvc.perform(get("/files/{id}", stored.id()).with(user("alice")))
				.andExpect(status().isOk())
				.andExpect(content().contentType("image/png"))
				.andExpect(content().bytes(SampleFiles.png()))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Content-Disposition",
						"attachment; filename=\"__.png\"; filename*=UTF-8''%E7%85%A7%E7%89%87.png"));
			assertThat(audit.recorded("platform.files.download", stored.id().toString())).isNotEmpty();
		}

		@Test
		void someoneElseGetsNotFoundAsForAnUnknownId() throws Exception {
			StoredFile stored = storePng("alice");
			mvc.perform(get("/files/{id}", stored.id()).with(user("bob")))
				.andExpect(status().isNotFound())
				.andExpect(content().string(Matchers.containsString("文件不存在")));
			mvc.perform(get("/files/{id}", UUID.randomUUID()).with(user("bob"))).andExpect(status().isNotFound());
			mvc.perform(get("/files/{id}", "not-an-id").with(user("bob"))).andExpect(status().isNotFound());
		}

		@Test
		void readersWithTheReadAllPermissionOrAModulePolicyMayDownload() throws Exception {
			StoredFile stored = storePng("alice");
			mvc.perform(get("/files/{id}", stored.id()).with(user("archivist").authorities(() -> "platform.files.read-all")))
				.andExpect(status().isOk());
			mvc.perform(get("/files/{id}", stored.id()).with(user(PlatformTestConfiguration.POLICY_READER)))
				.andExpect(status().isOk());
		}

		@Test
		void anonymousVisitorsGetNothing() throws Exception {
			StoredFile stored = storePng("alice");
			mvc.perform(get("/files/{id}", stored.id())).andExpect(status().is3xxRedirection());
		}
	}
}
