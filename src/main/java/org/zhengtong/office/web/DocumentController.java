package org.zhengtong.office.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.CurrentPerson;
import org.zhengtong.identity.IdentityDirectory;
import org.zhengtong.identity.Organisation;
import org.zhengtong.office.internal.Actor;
import org.zhengtong.office.internal.Classification;
import org.zhengtong.office.internal.DocumentKind;
import org.zhengtong.office.internal.DocumentSealing;
import org.zhengtong.office.internal.OfficialDocument;
import org.zhengtong.office.internal.OutgoingDocuments;
import org.zhengtong.office.internal.Stage;
import org.zhengtong.office.internal.Urgency;
import org.zhengtong.platform.web.CodedException;

/** 公文 pages on the workbench: list, 拟稿, the document with its 意见栏 and the step forms, the OFD. */
@Controller
class DocumentController {

	static final String LIST = "office/documents";

	static final String FORM = "office/document-form";

	static final String VIEW = "office/document";

	private final OutgoingDocuments outgoing;

	private final DocumentSealing sealing;

	private final OfficeActors actors;

	private final IdentityDirectory directory;

	private final CurrentPerson people;

	DocumentController(OutgoingDocuments outgoing, DocumentSealing sealing, OfficeActors actors,
			IdentityDirectory directory, CurrentPerson people) {
		this.outgoing = outgoing;
		this.sealing = sealing;
		this.actors = actors;
		this.directory = directory;
		this.people = people;
	}

	@GetMapping("/workbench/office/documents")
	String list(Authentication authentication, Model model) {
		Actor actor = actors.current(authentication);
		model.addAttribute("todo", outgoing.todo(actor));
		model.addAttribute("documents", outgoing.visible(actor));
		model.addAttribute("mayDraft", actor.may("office.document.draft"));
		return LIST;
	}

	@GetMapping("/workbench/office/documents/new")
	String initDraftForm(Authentication authentication, Model model) {
		Actor actor = actors.current(authentication);
		require(actor, "office.document.draft");
		model.addAttribute("form", DraftForm.empty(people.require().organisationName()));
		return form(model);
	}

	@PostMapping("/workbench/office/documents/new")
	String processDraftForm(@Valid @ModelAttribute("form") DraftForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model);
		}
		long id = outgoing.draft(actors.current(authentication), form.command());
		redirect.addFlashAttribute("flash", "office.document.drafted");
		return "redirect:/workbench/office/documents/" + id;
	}

	@GetMapping("/workbench/office/documents/{id}")
	String show(@PathVariable long id, Authentication authentication, Model model) {
		Actor actor = actors.current(authentication);
		OfficialDocument document = outgoing.readable(actor, id);
		model.addAttribute("document", document);
		model.addAttribute("opinions", outgoing.opinions(document));
		model.addAttribute("versions", outgoing.versions(document));
		model.addAttribute("cosigners", outgoing.cosigners(document));
		model.addAttribute("handlers", outgoing.handlers(document));
		model.addAttribute("orgNames", orgNames());
		boolean mayAct = document.stage() != Stage.DISTRIBUTED && outgoing.mayAct(actor, document, document.stage());
		model.addAttribute("mayAct", mayAct);
		model.addAttribute("returnTargets", Arrays.stream(Stage.values())
			.filter(s -> document.stage().mayReturn() && s.ordinal() < document.stage().ordinal() && s != Stage.COSIGN)
			.toList());
		model.addAttribute("mayEditBody", mayAct && document.stage().ordinal() <= Stage.LEADER_SIGN.ordinal());
		model.addAttribute("mayAddHandler", document.drafterId() == actor.userId() || actor.may("office.document.review"));
		if (!model.containsAttribute("step")) {
			model.addAttribute("step", new StepForm("", null));
		}
		if (!model.containsAttribute("body")) {
			model.addAttribute("body", new BodyForm(document.bodyHtml()));
		}
		if (!model.containsAttribute("handler")) {
			model.addAttribute("handler", new HandlerForm(null));
		}
		return VIEW;
	}

	@PostMapping("/workbench/office/documents/{id}/steps/{stage}")
	String processStepForm(@PathVariable long id, @PathVariable Stage stage, @Valid @ModelAttribute("step") StepForm form,
			BindingResult result, Authentication authentication, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(id, authentication, model);
		}
		if (form.returnTo() != null && (form.opinion() == null || form.opinion().isBlank())) {
			result.rejectValue("opinion", "office.document.return_reason");
			return show(id, authentication, model);
		}
		outgoing.complete(actors.current(authentication), id, stage, form.returnTo(), form.opinion());
		redirect.addFlashAttribute("flash", form.returnTo() != null ? "office.document.returned" : "office.document.completed");
		return "redirect:/workbench/office/documents/" + id;
	}

	@PostMapping("/workbench/office/documents/{id}/body")
	String processBodyForm(@PathVariable long id, @Valid @ModelAttribute("body") BodyForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(id, authentication, model);
		}
		outgoing.saveBody(actors.current(authentication), id, form.bodyHtml());
		redirect.addFlashAttribute("flash", "office.document.body_saved");
		return "redirect:/workbench/office/documents/" + id;
	}

	@PostMapping("/workbench/office/documents/{id}/handlers")
	String processHandlerForm(@PathVariable long id, @Valid @ModelAttribute("handler") HandlerForm form,
			BindingResult result, Authentication authentication, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(id, authentication, model);
		}
		outgoing.addHandler(actors.current(authentication), id, form.userId());
		redirect.addFlashAttribute("flash", "office.document.handler_added");
		return "redirect:/workbench/office/documents/" + id;
	}

	/** The sealed OFD, for readers of the document only. */
	@GetMapping("/workbench/office/documents/{id}/ofd")
	ResponseEntity<FileSystemResource> ofd(@PathVariable long id, Authentication authentication) {
		OfficialDocument document = outgoing.readable(actors.current(authentication), id);
		Path file = sealing.sealedFile(document)
			.orElseThrow(() -> CodedException.notFound("office.document.not_sealed", id));
		String name = (document.number() == null ? "document-" + id : document.number()) + ".ofd";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType("application/ofd"))
			.contentLength(size(file))
			.body(new FileSystemResource(file));
	}

	/** JSON view of a document (metadata, not the body) for other systems; same access rule as the page. */
	@GetMapping("/api/office/documents/{id}")
	@ResponseBody
	Map<String, Object> api(@PathVariable long id, Authentication authentication) {
		OfficialDocument d = outgoing.readable(actors.current(authentication), id);
		return Map.of("id", d.id(), "kind", d.kind().name(), "title", d.title(), "stage", d.stage().name(),
				"classification", d.classification().name(), "number", d.number() == null ? "" : d.number(),
				"sealed", d.sealedFileId() != null);
	}

	private String form(Model model) {
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("organisations", directory.organisations());
		return FORM;
	}

	private Map<Long, String> orgNames() {
		return directory.organisations()
			.stream()
			.collect(Collectors.toMap(o -> o.id().value(), Organisation::name, (a, b) -> a));
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void require(Actor actor, String permission) {
		if (!actor.may(permission)) {
			throw CodedException.forbidden("office.permission_denied");
		}
	}
}
