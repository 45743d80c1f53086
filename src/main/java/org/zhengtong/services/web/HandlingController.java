package org.zhengtong.services.web;

import java.util.EnumSet;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.CurrentPerson;
import org.zhengtong.identity.CurrentPerson.Person;
import org.zhengtong.identity.OrgId;
import org.zhengtong.platform.crypto.Masking;
import org.zhengtong.platform.crypto.PersonalDataProtector;
import org.zhengtong.platform.web.CodedException;
import org.zhengtong.services.internal.ApplicationManagement;
import org.zhengtong.services.internal.ApplicationStatus;
import org.zhengtong.services.internal.ApplicationViews;
import org.zhengtong.services.internal.Applications;
import org.zhengtong.services.internal.ServiceApplication;

/**
 * 办件办理 on the workbench: the applications of the clerk's organisations (data scope) and the
 * actions of each step — 补正, 受理, 不予受理, 审查, 决定. Staff see personal numbers masked.
 */
@Controller
@RequestMapping("/workbench/services/applications")
@PreAuthorize("hasAuthority('services.application.handle') or hasAuthority('services.application.decide')")
class HandlingController {

	static final String LIST = "services/handle-list";

	static final String ONE = "services/handle";

	private final ApplicationManagement management;

	private final Applications applications;

	private final ApplicationViews views;

	private final AccessScopes scopes;

	private final PersonalDataProtector protector;

	private final CurrentPerson currentPerson;

	HandlingController(ApplicationManagement management, Applications applications, ApplicationViews views,
			AccessScopes scopes, PersonalDataProtector protector, CurrentPerson currentPerson) {
		this.management = management;
		this.applications = applications;
		this.views = views;
		this.scopes = scopes;
		this.protector = protector;
		this.currentPerson = currentPerson;
	}

	@GetMapping
	String list(Model model) {
		Person person = currentPerson.require();
		AccessScopes.OrgScope handle = scopes.scopeOf(person.id(), ApplicationManagement.HANDLE);
		AccessScopes.OrgScope decide = scopes.scopeOf(person.id(), ApplicationManagement.DECIDE);
		java.util.Set<OrgId> orgs = new java.util.HashSet<>(handle.organisations());
		orgs.addAll(decide.organisations());
		boolean all = handle.all() || decide.all();
		List<ServiceApplication> found = applications.inStatus(EnumSet.allOf(ApplicationStatus.class),
				all ? null : List.copyOf(orgs), 200);
		model.addAttribute("applications", found.stream().map(views::view).toList());
		return LIST;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Person person = currentPerson.require();
		ServiceApplication application = visible(person, id);
		return page(person, application, model);
	}

	@PostMapping("/{id}/correction")
	String requestCorrection(@PathVariable long id, @Valid @ModelAttribute("correctionForm") TextForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Person person = currentPerson.require();
		if (result.hasErrors()) {
			return page(person, visible(person, id), model);
		}
		management.requestCorrection(person, id, form.text());
		return done(redirect, id, "services.handle.correction_requested");
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable long id, RedirectAttributes redirect) {
		management.accept(currentPerson.require(), id);
		return done(redirect, id, "services.handle.accepted");
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @Valid @ModelAttribute("rejectForm") TextForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Person person = currentPerson.require();
		if (result.hasErrors()) {
			return page(person, visible(person, id), model);
		}
		management.reject(person, id, form.text());
		return done(redirect, id, "services.handle.rejected");
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable long id, @Valid @ModelAttribute("reviewForm") TextForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Person person = currentPerson.require();
		if (result.hasErrors()) {
			return page(person, visible(person, id), model);
		}
		management.review(person, id, form.text());
		return done(redirect, id, "services.handle.reviewed");
	}

	@PostMapping("/{id}/decide")
	String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Person person = currentPerson.require();
		if (!result.hasFieldErrors("grant") && Boolean.FALSE.equals(form.grant())
				&& (form.remedy() == null || form.remedy().isBlank())) {
			result.rejectValue("remedy", "services.handle.remedy_required");
		}
		if (result.hasErrors()) {
			return page(person, visible(person, id), model);
		}
		management.decide(person, id, form.grant(), form.reasons(), form.remedy());
		return done(redirect, id, "services.handle.decided");
	}

	private String page(Person person, ServiceApplication application, Model model) {
		model.addAttribute("view", views.view(application));
		String number = protector.decrypt(application.idNumberEncrypted());
		model.addAttribute("maskedNumber", number.length() == 18 ? Masking.idNumber(number) : number);
		model.addAttribute("maskedMobile", Masking.mobile(protector.decrypt(application.mobileEncrypted())));
		model.addAttribute("mayHandle", scopes.scopeOf(person.id(), ApplicationManagement.HANDLE).includes(application.org()));
		model.addAttribute("mayDecide", scopes.scopeOf(person.id(), ApplicationManagement.DECIDE).includes(application.org()));
		addIfMissing(model, "correctionForm", TextForm.empty());
		addIfMissing(model, "rejectForm", TextForm.empty());
		addIfMissing(model, "reviewForm", TextForm.empty());
		addIfMissing(model, "decisionForm", DecisionForm.empty());
		return ONE;
	}

	private ServiceApplication visible(Person person, long id) {
		ServiceApplication application = applications.byId(id)
			.orElseThrow(() -> CodedException.notFound("services.application.not_found"));
		if (!management.mayHandle(person, application.org())) {
			throw CodedException.forbidden("services.application.not_in_scope");
		}
		return application;
	}

	private static void addIfMissing(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	private static String done(RedirectAttributes redirect, long id, String flash) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/workbench/services/applications/" + id;
	}
}
