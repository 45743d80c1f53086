package org.zhengtong.identity.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.UserId;
import org.zhengtong.identity.UserKind;
import org.zhengtong.identity.internal.AccountService;
import org.zhengtong.identity.internal.OrganisationService;

/** 用户管理 for the system administrator: staff, citizen and enterprise accounts (numbers masked). */
@Controller
@RequestMapping("/workbench/users")
@PreAuthorize("hasAuthority('identity.user.manage')")
class UserController {

	static final String LIST = "identity/users";

	static final String NEW = "identity/user-new";

	private static final int PAGE_SIZE = 20;

	private final AccountService accounts;

	private final OrganisationService organisations;

	UserController(AccountService accounts, OrganisationService organisations) {
		this.accounts = accounts;
		this.organisations = organisations;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "STAFF") UserKind kind, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("q", q);
		AccountService.UserPage users = accounts.page(kind, q, Math.max(0, page), PAGE_SIZE);
		model.addAttribute("users", users);
		model.addAttribute("previousHref", users.page() > 0 ? pageHref(kind, q, users.page() - 1) : null);
		model.addAttribute("nextHref", users.page() + 1 < users.pages() ? pageHref(kind, q, users.page() + 1) : null);
		model.addAttribute("kinds", UserKind.values());
		return LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		return showNew(StaffForm.empty(), model);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") StaffForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("username") && accounts.usernameTaken(form.username())) {
			result.rejectValue("username", "identity.username.taken");
		}
		if (form.orgId() != null && organisations.organisation(new OrgId(form.orgId())).isEmpty()) {
			result.rejectValue("orgId", "identity.org.not_found");
		}
		if (result.hasErrors()) {
			return showNew(form, model);
		}
		accounts.createStaff(form.username(), form.displayName(), form.password(), new OrgId(form.orgId()),
				form.title());
		redirect.addFlashAttribute("flash", "identity.user.created");
		return "redirect:/workbench/users";
	}

	@PostMapping("/{id}/{action:enable|disable|unlock|reset-second-factor}")
	String change(@PathVariable long id, @PathVariable String action, RedirectAttributes redirect) {
		UserId user = new UserId(id);
		switch (action) {
			case "enable" -> accounts.setEnabled(user, true);
			case "disable" -> accounts.setEnabled(user, false);
			case "unlock" -> accounts.unlock(user);
			default -> accounts.resetSecondFactor(user);
		}
		redirect.addFlashAttribute("flash", "identity.user.changed." + action);
		UserKind kind = accounts.summary(user).kind();
		return "redirect:/workbench/users?kind=" + kind;
	}

	private static String pageHref(UserKind kind, String q, int page) {
		return UriComponentsBuilder.fromPath("/workbench/users")
			.queryParam("kind", kind)
			.queryParam("q", q)
			.queryParam("page", page)
			.encode()
			.toUriString();
	}

	private String showNew(StaffForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("tree", organisations.tree());
		return NEW;
	}
}
