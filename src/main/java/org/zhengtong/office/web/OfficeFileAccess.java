package org.zhengtong.office.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.CurrentPerson;
import org.zhengtong.office.internal.DocumentAccess;
import org.zhengtong.office.internal.Documents;
import org.zhengtong.platform.files.FileAccessPolicy;
import org.zhengtong.platform.files.StoredFile;

/** The platform's file download grants a sealed document's OFD to the document's readers only. */
@Component
class OfficeFileAccess implements FileAccessPolicy {

	private final Documents documents;

	private final DocumentAccess access;

	private final OfficeActors actors;

	private final CurrentPerson people;

	OfficeFileAccess(Documents documents, DocumentAccess access, OfficeActors actors, CurrentPerson people) {
		this.documents = documents;
		this.access = access;
		this.actors = actors;
		this.people = people;
	}

	@Override
	public boolean mayRead(StoredFile file, Authentication reader) {
		if (file.ownerId() == null || !file.ownerId().startsWith("office.document.") || people.current().isEmpty()) {
			return false;
		}
		return documents.findBySealedFile(file.id().toString())
			.map(document -> access.mayRead(actors.current(reader), document))
			.orElse(false);
	}
}
