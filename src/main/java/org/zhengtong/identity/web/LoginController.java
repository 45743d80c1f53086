package org.zhengtong.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhengtong.identity.internal.LoginMessage;

/** 登录: the page; Spring Security processes the POST and leaves any error in the session. */
@Controller
class LoginController {

	static final String VIEW = "identity/login";

	private final MessageSource messages;

	LoginController(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping("/login")
	String loginPage(HttpSession session, Model model, Locale locale) {
		// Shown once: a reload of the page does not repeat an old error.
		Object error = session.getAttribute("zt.login.error");
		Object typed = session.getAttribute("zt.login.typed");
		session.removeAttribute("zt.login.error");
		session.removeAttribute("zt.login.typed");
		if (error instanceof LoginMessage message) {
			model.addAttribute("loginError", message);
			model.addAttribute("loginErrorText", messages.getMessage(message.key(), message.arguments(), locale));
		}
		model.addAttribute("typedUsername", typed == null ? "" : typed);
		return VIEW;
	}
}
