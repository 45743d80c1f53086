package org.zhengtong.services.internal;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.CurrentPerson;
import org.zhengtong.platform.files.FileAccessPolicy;
import org.zhengtong.platform.files.StoredFile;

/**
 * Opens an application's materials to the staff who may handle it (its organisation, in their data
 * scope). Applicants already read their own uploads as owners; nobody else is admitted here.
 */
@Component
class ApplicationFileAccess implements FileAccessPolicy {

	private final Applications applications;

	private final ApplicationManagement management;

	private final CurrentPerson currentPerson;

	ApplicationFileAccess(Applications applications, ApplicationManagement management, CurrentPerson currentPerson) {
		this.applications = applications;
		this.management = management;
		this.currentPerson = currentPerson;
	}

	@Override
	public boolean mayRead(StoredFile file, Authentication reader) {
		return currentPerson.current()
			.filter(CurrentPerson.Person::isStaff)
			.map(person -> applications.withFile(file.id())
				.stream()
				.anyMatch(application -> management.mayHandle(person, application.org())))
			.orElse(false);
	}
}
