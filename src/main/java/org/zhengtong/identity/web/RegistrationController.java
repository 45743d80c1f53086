package org.zhengtong.identity.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.internal.AccountService;

/** 注册: citizens (自然人) and enterprises (法人) create their own accounts. */
@Controller
class RegistrationController {

	static final String CHOOSE = "identity/register";

	static final String CITIZEN = "identity/register-citizen";

	static final String ENTERPRISE = "identity/register-enterprise";

	private final AccountService accounts;

	RegistrationController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/register")
	String choose() {
		return CHOOSE;
	}

	@GetMapping("/register/citizen")
	String initCitizenForm(Model model) {
		model.addAttribute("form", CitizenRegistrationForm.empty());
		return CITIZEN;
	}

	@PostMapping("/register/citizen")
	String processCitizenForm(@Valid @ModelAttribute("form") CitizenRegistrationForm form, BindingResult result,
			RedirectAttributes redirect) {
		checkConfirmation(form.password(), form.passwordConfirm(), result);
		if (!result.hasFieldErrors("idNumber") && accounts.idNumberRegistered(form.idNumber())) {
			result.rejectValue("idNumber", "identity.id_number.taken");
		}
		if (result.hasErrors()) {
			return CITIZEN;
		}
		accounts.registerCitizen(form.name(), form.idNumber(), form.mobile(), form.password());
		redirect.addFlashAttribute("flash", "identity.register.done");
		return "redirect:/login";
	}

	@GetMapping("/register/enterprise")
	String initEnterpriseForm(Model model) {
		model.addAttribute("form", EnterpriseRegistrationForm.empty());
		return ENTERPRISE;
	}

	@PostMapping("/register/enterprise")
	String processEnterpriseForm(@Valid @ModelAttribute("form") EnterpriseRegistrationForm form, BindingResult result,
			RedirectAttributes redirect) {
		checkConfirmation(form.password(), form.passwordConfirm(), result);
		if (!result.hasFieldErrors("creditCode") && accounts.creditCodeRegistered(form.creditCode())) {
			result.rejectValue("creditCode", "identity.credit_code.taken");
		}
		if (result.hasErrors()) {
			return ENTERPRISE;
		}
		accounts.registerEnterprise(form.name(), form.creditCode(), form.legalRepName(), form.mobile(),
				form.password());
		redirect.addFlashAttribute("flash", "identity.register.done");
		return "redirect:/login";
	}

	static void checkConfirmation(String password, String confirmation, BindingResult result) {
		if (password != null && !password.equals(confirmation)) {
			result.rejectValue("passwordConfirm", "identity.password.mismatch");
		}
	}
}
