package org.zhengtong.office.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.DatabaseIntegrationTest;
import org.zhengtong.identity.IdentityFixtures;
import org.zhengtong.platform.web.CodedException;

/** 涉密公文: only people on the distribution and handling list can open it — by page, download or API. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(IdentityFixtures.class)
class OfficeAccessIT extends DatabaseIntegrationTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	OutgoingDocuments outgoing;

	@Autowired
	Documents documents;

	@Autowired
	Seals seals;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	OfficeFixtures office;

	@BeforeEach
	void people() {
		office = new OfficeFixtures(identity, outgoing, seals);
		office.sealForOrg();
	}

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	@Test
	void aPersonOffTheHandlingListCannotOpenAClassifiedDocumentByPageDownloadOrApi() throws Exception {
		long id = office.advance(Classification.SECRET, Stage.DISTRIBUTE);
		OfficialDocument document = documents.find(id).orElseThrow();
		assertThat(document.sealedFileId()).isNotNull();

		// A leader of another organisation: may process documents in general, but is not on this list.
		IdentityFixtures.Staff outsider = identity.staff("LEADER");
		mvc.perform(get("/workbench/office/documents/" + id).with(as(outsider.username()))).andExpect(status().isNotFound());
		mvc.perform(get("/workbench/office/documents/" + id + "/ofd").with(as(outsider.username())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/office/documents/" + id).with(as(outsider.username()))).andExpect(status().isNotFound());
		mvc.perform(get("/files/" + document.sealedFileId()).with(as(outsider.username())))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/workbench/office/documents").with(as(outsider.username())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/workbench/office/documents/" + id + "\""))));

		// A person added to the list and can open, download and query it.
		IdentityFixtures.Staff reader = identity.staff("CLERK");
		String drafter = reader.username();
		outgoing.addHandler(office.clerk, id, reader.id().value());
		mvc.perform(get("/workbench/office/documents/" + id).with(as(drafter))).andExpect(status().isOk());
		mvc.perform(get("/workbench/office/documents/" + id + "/ofd").with(as(drafter))).andExpect(status().isOk());
		mvc.perform(get("/api/office/documents/" + id).with(as(drafter))).andExpect(status().isOk());
		mvc.perform(get("/files/" + document.sealedFileId()).with(as(drafter))).andExpect(status().isOk());
	}

	@Test
	void theServiceRefusesOutsidersToo() {
		long id = office.advance(Classification.CONFIDENTIAL, Stage.DEPT_CHECK);
		Actor outsider = new Actor(identity.staff("LEADER").id().value(), office.org, "外人",
				Set.of("office.document.review", "office.document.sign"));
		assertThatThrownBy(() -> outgoing.readable(outsider, id)).isInstanceOf(CodedException.class)
			.hasMessageContaining("office.document.not_found");
		assertThat(outgoing.todo(outsider)).noneMatch(d -> d.id() == id);
		assertThat(outgoing.visible(outsider)).noneMatch(d -> d.id() == id);
	}

	@Test
	void nothingFromTheOfficeIsOnAPublicPath() throws Exception {
		long id = office.advance(Classification.NONE, Stage.DEPT_CHECK);
		mvc.perform(get("/workbench/office/documents/" + id)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/office/documents/" + id)).andExpect(status().is(org.hamcrest.Matchers.not(200)));
		mvc.perform(get("/workbench/office/verify")).andExpect(status().is3xxRedirection());
	}
}
