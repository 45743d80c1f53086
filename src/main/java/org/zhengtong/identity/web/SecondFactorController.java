package org.zhengtong.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengtong.identity.internal.LoginHandlers;
import org.zhengtong.identity.internal.SecondFactorService;
import org.zhengtong.identity.internal.ZtPrincipal;

/** 第二因素: staff enrol an authenticator app once, then type its code at every login. */
@Controller
class SecondFactorController {

	static final String VIEW = "identity/second-factor";

	private final SecondFactorService secondFactor;

	private final LoginHandlers handlers;

	SecondFactorController(SecondFactorService secondFactor, LoginHandlers handlers) {
		this.secondFactor = secondFactor;
		this.handlers = handlers;
	}

	@GetMapping("/login/second-factor")
	String initSecondFactorForm(@AuthenticationPrincipal ZtPrincipal principal, Model model) {
		model.addAttribute("challenge", secondFactor.challenge(principal.userId()));
		return VIEW;
	}

	@PostMapping("/login/second-factor")
	String processSecondFactorForm(@AuthenticationPrincipal ZtPrincipal principal,
			@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		SecondFactorService.Outcome outcome = secondFactor.verify(principal.userId(), code);
		if (outcome == SecondFactorService.Outcome.ACCEPTED) {
			handlers.completeSecondFactor(request, response);
			return "redirect:" + handlers.targetAfterLogin(request, response, "/workbench");
		}
		if (outcome == SecondFactorService.Outcome.LOCKED) {
			request.getSession().invalidate();
			return "redirect:/login?locked";
		}
		model.addAttribute("challenge", secondFactor.challenge(principal.userId()));
		model.addAttribute("codeError", "identity.second_factor.wrong");
		return VIEW;
	}
}
