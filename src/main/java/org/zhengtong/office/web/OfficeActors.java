package org.zhengtong.office.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.CurrentPerson;
import org.zhengtong.office.internal.Actor;

/** The signed-in person as an {@link Actor}: id, organisation, name and permissions. */
@Component
class OfficeActors {

	private final CurrentPerson people;

	OfficeActors(CurrentPerson people) {
		this.people = people;
	}

	Actor current(Authentication authentication) {
		CurrentPerson.Person person = people.require();
		Set<String> permissions = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toUnmodifiableSet());
		long org = person.organisation() == null ? -1 : person.organisation().value();
		return new Actor(person.id().value(), org, person.displayName(), permissions);
	}
}
