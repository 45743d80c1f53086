package org.zhengtong.identity.internal;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.CurrentPerson;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.UserId;

/** Reads the signed-in person from the security context (only once fully signed in). */
@Component
class SecurityContextPerson implements CurrentPerson {

	@Override
	public Optional<Person> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof ZtPrincipal principal)
				|| authentication.getAuthorities().stream()
					.anyMatch(a -> SecurityConfiguration.FACTOR_PENDING.equals(a.getAuthority()))) {
			return Optional.empty();
		}
		return Optional.of(new Person(new UserId(principal.userId()), principal.kind(), principal.displayName(),
				principal.organisationId() == null ? null : new OrgId(principal.organisationId()),
				principal.organisation(), principal.roles()));
	}
}
