package org.zhengtong.identity.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
import org.zhengtong.identity.DataScope;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.UserId;
import org.zhengtong.identity.UserKind;
import org.zhengtong.identity.internal.AccountService;
import org.zhengtong.identity.internal.OrganisationService;
import org.zhengtong.identity.internal.RoleService;
import org.zhengtong.platform.web.CodedException;

/** 角色授权 for the security administrator: roles, their permissions, and grants to staff. */
@Controller
@RequestMapping("/workbench/roles")
@PreAuthorize("hasAuthority('identity.role.grant')")
class RoleController {

	static final String ROLES = "identity/roles";

	static final String GRANTS = "identity/grants";

	/** Business permissions the security administrator may put on business roles. */
	static final List<String> BUSINESS_PERMISSIONS = List.of("workbench.use", "platform.files.read-all");

	private final RoleService roles;

	private final AccountService accounts;

	private final OrganisationService organisations;

	RoleController(RoleService roles, AccountService accounts, OrganisationService organisations) {
		this.roles = roles;
		this.accounts = accounts;
		this.organisations = organisations;
	}

	@GetMapping
	String roles(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("roles", roles.roles());
		Set<String> known = new TreeSet<>(BUSINESS_PERMISSIONS);
		roles.roles().stream().filter(r -> r.adminKind() == null).forEach(r -> known.addAll(r.permissions()));
		model.addAttribute("businessPermissions", known);
		model.addAttribute("q", q);
		if (!q.isBlank()) {
			model.addAttribute("staff", accounts.page(UserKind.STAFF, q, 0, 20).rows());
		}
		return ROLES;
	}

	@PostMapping("/{code}/permissions")
	String setPermission(@PathVariable String code, @RequestParam String permission,
			@RequestParam(defaultValue = "false") boolean granted, RedirectAttributes redirect) {
		roles.setPermission(code, permission, granted);
		redirect.addFlashAttribute("flash", "identity.role.permission.saved");
		return "redirect:/workbench/roles";
	}

	@GetMapping("/users/{id}")
	String initGrantForm(@PathVariable long id, Model model) {
		return showGrants(new UserId(id), GrantForm.empty(), model);
	}

	@PostMapping("/users/{id}")
	String processGrantForm(@PathVariable long id, @Valid @ModelAttribute("form") GrantForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UserId user = new UserId(id);
		DataScope scope = scopeOf(form, result);
		if (result.hasErrors()) {
			return showGrants(user, form, model);
		}
		try {
			roles.grant(user, form.roleCode(), scope);
		}
		catch (CodedException ex) {
			if (ex.status().is4xxClientError() && !"identity.user.not_found".equals(ex.code())) {
				result.rejectValue("roleCode", ex.code(), ex.arguments(), ex.code());
				return showGrants(user, form, model);
			}
			throw ex;
		}
		redirect.addFlashAttribute("flash", "identity.grant.saved");
		return "redirect:/workbench/roles/users/" + id;
	}

	@PostMapping("/users/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam String roleCode, RedirectAttributes redirect) {
		roles.revoke(new UserId(id), roleCode);
		redirect.addFlashAttribute("flash", "identity.grant.revoked");
		return "redirect:/workbench/roles/users/" + id;
	}

	private DataScope scopeOf(GrantForm form, BindingResult result) {
		if (form.scopeKind() == null) {
			return null;
		}
		return switch (form.scopeKind()) {
			case OWN_ORG -> DataScope.ownOrganisation();
			case ALL -> DataScope.all();
			case ORG_TREE -> {
				if (form.scopeOrgId() == null || organisations.organisation(new OrgId(form.scopeOrgId())).isEmpty()) {
					result.rejectValue("scopeOrgId", "identity.grant.scope.org_required");
					yield null;
				}
				yield DataScope.organisationTree(new OrgId(form.scopeOrgId()));
			}
			case REGION -> {
				if (form.scopeRegion() == null || organisations.region(form.scopeRegion().trim()).isEmpty()) {
					result.rejectValue("scopeRegion", "identity.org.region_unknown");
					yield null;
				}
				yield DataScope.region(form.scopeRegion().trim());
			}
		};
	}

	private String showGrants(UserId user, GrantForm form, Model model) {
		model.addAttribute("user", accounts.summary(user));
		model.addAttribute("grants", roles.grantsOf(user));
		model.addAttribute("roles", roles.roles());
		model.addAttribute("scopeKinds", DataScope.Kind.values());
		model.addAttribute("tree", organisations.tree());
		model.addAttribute("form", form);
		return GRANTS;
	}
}
