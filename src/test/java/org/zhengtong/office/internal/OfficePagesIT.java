package org.zhengtong.office.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.DatabaseIntegrationTest;
import org.zhengtong.identity.IdentityFixtures;
import org.zhengtong.platform.files.FileStore;

/** The office pages as a drafter, a department head and a leader see them (HTML first, no JavaScript). */
@SpringBootTest
@AutoConfigureMockMvc
@Import(IdentityFixtures.class)
class OfficePagesIT extends DatabaseIntegrationTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	OutgoingDocuments outgoing;

	@Autowired
	Documents documents;

	@Autowired
	Seals seals;

	@Autowired
	FileStore files;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	RequestPostProcessor as(IdentityFixtures.Staff staff) {
		return user(users.loadUserByUsername(staff.username()));
	}

	@Test
	void drafterFillsInTheFormAndTheDepartmentHeadSeesItToCheck() throws Exception {
		IdentityFixtures.Staff clerk = identity.staff("CLERK");
		mvc.perform(get("/workbench/office/documents/new").with(as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("发文机关代字")));
		mvc.perform(post("/workbench/office/documents/new").with(as(clerk)).with(csrf()).param("kind", "NOTICE"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("error-summary")));
		String title = IdentityFixtures.unique("关于开展冬季防火检查的通知");
		String location = mvc
			.perform(post("/workbench/office/documents/new").with(as(clerk))
				.with(csrf())
				.param("kind", "NOTICE")
				.param("title", title)
				.param("issuerCode", "示林发")
				.param("copyNumber", "")
				.param("classification", "NONE")
				.param("urgency", "NORMAL")
				.param("issuingMark", "示范县林业局文件")
				.param("mainRecipients", "各乡镇人民政府")
				.param("signatureName", "示范县林业局")
				.param("printingOrg", "示范县林业局办公室")
				.param("bodyHtml", "<p>一、检查范围</p><script>alert(1)</script><p>全县林区。</p>"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "office.document.drafted"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(title)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert"))))
			.andExpect(content().string(Matchers.containsString("提交核稿")));
		mvc.perform(post(location + "/steps/DRAFT").with(as(clerk)).with(csrf()).param("opinion", "请核稿"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/workbench/office/documents").with(as(clerk))).andExpect(status().isOk());
		mvc.perform(get("/workbench").with(as(clerk))).andExpect(status().isOk());
	}

	@Test
	void leaderManagesSealsAndVerifiesASealedFile() throws Exception {
		OfficeFixtures office = new OfficeFixtures(identity, outgoing, seals);
		office.sealForOrg();
		long id = office.advance(Classification.NONE, Stage.DISTRIBUTE);
		OfficialDocument document = documents.find(id).orElseThrow();
		byte[] ofd = Files.readAllBytes(files.contentOf(files.find(java.util.UUID.fromString(document.sealedFileId())).orElseThrow()));
		IdentityFixtures.Staff leader = identity.staff("LEADER");

		mvc.perform(get("/workbench/office/seals").with(as(leader))).andExpect(status().isOk());
		mvc.perform(post("/workbench/office/seals").with(as(leader))
			.with(csrf())
			.param("name", "示范县林业局")
			.param("validFrom", "2026-01-01")
			.param("validTo", "2025-01-01")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("停用日期应晚于启用日期")));
		mvc.perform(post("/workbench/office/seals").with(as(leader))
			.with(csrf())
			.param("name", "示范县林业局")
			.param("validFrom", "2026-01-01")
			.param("validTo", "2030-12-31")).andExpect(status().is3xxRedirection());

		mvc.perform(multipart("/workbench/office/verify").file(new MockMultipartFile("file", "a.ofd", "application/ofd", ofd))
			.with(as(leader))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("印章有效")));
		byte[] changed = ofd.clone();
		changed[changed.length / 2] ^= 0x20;
		mvc.perform(multipart("/api/office/seal-verifications").file(new MockMultipartFile("file", "a.ofd", "application/ofd", changed))
			.with(as(leader))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.verdict").value("ALTERED"));
	}
}
