package org.zhengtong.office.internal;

import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Who may read a document. A classified document (秘密/机密/绝密) only by the people on its
 * distribution and handling list; any other by its department, its co-signing departments, the
 * people who handled it and the office staff and leaders who process documents.
 */
@Component
public class DocumentAccess {

	private static final Set<String> PROCESSING = Set.of("office.document.review", "office.document.sign",
			"office.document.register", "office.seal.use", "office.document.distribute");

	private final Documents documents;

	DocumentAccess(Documents documents) {
		this.documents = documents;
	}

	public boolean mayRead(Actor actor, OfficialDocument document) {
		if (documents.isHandler(document.id(), actor.userId())) {
			return true;
		}
		if (document.classified()) {
			return false;
		}
		return document.orgId() == actor.orgId()
				|| documents.cosigners(document.id()).stream().anyMatch(c -> c.orgId() == actor.orgId())
				|| actor.permissions().stream().anyMatch(PROCESSING::contains);
	}
}
