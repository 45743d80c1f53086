package org.zhengtong.identity;

import java.util.List;
import java.util.Optional;

/**
 * Who is signed in, for other modules: their id, kind, name, primary organisation and role codes.
 * Empty for anonymous visitors and for staff who have not yet passed the second factor.
 */
public interface CurrentPerson {

	Optional<Person> current();

	/** The signed-in person, or a coded 403 when there is none. */
	default Person require() {
		return current().orElseThrow(() -> org.zhengtong.platform.web.CodedException.forbidden("platform.forbidden"));
	}

	record Person(UserId id, UserKind kind, String displayName, OrgId organisation, String organisationName,
			List<String> roles) {

		public boolean isStaff() {
			return kind == UserKind.STAFF;
		}
	}
}
