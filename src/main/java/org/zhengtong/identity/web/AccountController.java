package org.zhengtong.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhengtong.identity.internal.AccountService;
import org.zhengtong.identity.internal.ZtPrincipal;

/** 个人中心: a citizen or enterprise sees their own account, numbers in full (only to themself). */
@Controller
class AccountController {

	static final String VIEW = "identity/account";

	private final AccountService accounts;

	AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal ZtPrincipal principal, Model model) {
		model.addAttribute("account", accounts.own(principal.userId()));
		return VIEW;
	}
}
