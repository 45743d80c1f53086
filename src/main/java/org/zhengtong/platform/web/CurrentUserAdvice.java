package org.zhengtong.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the page shells the signed-in person's display name without knowing the identity module. */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("currentUserName")
	String currentUserName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return null;
		}
		if (authentication.getPrincipal() instanceof DisplayNamed named) {
			return named.displayName();
		}
		return authentication.getName();
	}
}
