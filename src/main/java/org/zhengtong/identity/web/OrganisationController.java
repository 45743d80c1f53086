package org.zhengtong.identity.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.OrgKind;
import org.zhengtong.identity.internal.OrganisationService;

/** 组织机构 for the system administrator: the tree and new organisations. */
@Controller
@RequestMapping("/workbench/orgs")
@PreAuthorize("hasAuthority('identity.org.manage')")
class OrganisationController {

	static final String VIEW = "identity/orgs";

	private final OrganisationService organisations;

	OrganisationController(OrganisationService organisations) {
		this.organisations = organisations;
	}

	@GetMapping
	String initCreationForm(Model model) {
		return show(OrganisationForm.empty(), model);
	}

	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("creditCode") && form.creditCode() != null && !form.creditCode().isBlank()
				&& organisations.creditCodeTaken(form.creditCode())) {
			result.rejectValue("creditCode", "identity.credit_code.taken");
		}
		if (!result.hasFieldErrors("regionCode") && organisations.region(form.regionCode()).isEmpty()) {
			result.rejectValue("regionCode", "identity.org.region_unknown");
		}
		if (form.parentId() != null && organisations.organisation(new OrgId(form.parentId())).isEmpty()) {
			result.rejectValue("parentId", "identity.org.not_found");
		}
		if (result.hasErrors()) {
			return show(form, model);
		}
		organisations.create(form.name(), form.shortName(), form.kind(),
				form.parentId() == null ? null : new OrgId(form.parentId()), form.creditCode(), form.regionCode());
		redirect.addFlashAttribute("flash", "identity.org.created");
		return "redirect:/workbench/orgs";
	}

	private String show(OrganisationForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("tree", organisations.tree());
		model.addAttribute("kinds", OrgKind.values());
		return VIEW;
	}
}
