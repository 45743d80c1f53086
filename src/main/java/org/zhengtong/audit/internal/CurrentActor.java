package org.zhengtong.audit.internal;

import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.audit.AuditActor;

/** Who acts when an entry names no actor: the signed-in principal, an anonymous visitor, or the system. */
@Component
class CurrentActor {

	static final AuditActor SYSTEM = AuditActor.of("system", "system", "", "");

	static final AuditActor ANONYMOUS = AuditActor.of("anonymous", "anonymous", "", "");

	AuditActor resolve(AuditActor given) {
		if (given != null) {
			return given;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return SYSTEM;
		}
		if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
			return ANONYMOUS;
		}
		if (authentication.getPrincipal() instanceof AuditActor actor) {
			return actor;
		}
		String authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.sorted()
			.collect(Collectors.joining(","));
		return AuditActor.of(authentication.getName(), authentication.getName(), authorities, "");
	}
}
