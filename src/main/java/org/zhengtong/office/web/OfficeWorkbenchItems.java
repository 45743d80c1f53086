package org.zhengtong.office.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.CurrentPerson;
import org.zhengtong.office.internal.Actor;
import org.zhengtong.office.internal.OfficialDocument;
import org.zhengtong.office.internal.OutgoingDocuments;
import org.zhengtong.platform.web.WorkbenchItems;

/**
 * 公文 待办/已办 on the workbench home. Which steps a person may take depends on their permissions
 * and organisation, so items are listed for the signed-in person only.
 */
@Component
class OfficeWorkbenchItems implements WorkbenchItems {

	private final OutgoingDocuments outgoing;

	private final OfficeActors actors;

	private final CurrentPerson people;

	private final MessageSource messages;

	OfficeWorkbenchItems(OutgoingDocuments outgoing, OfficeActors actors, CurrentPerson people, MessageSource messages) {
		this.outgoing = outgoing;
		this.actors = actors;
		this.people = people;
		this.messages = messages;
	}

	@Override
	public List<WorkItem> todo(String userId) {
		return actor(userId).map(actor -> outgoing.todo(actor).stream().map(this::item).toList()).orElse(List.of());
	}

	@Override
	public List<WorkItem> done(String userId) {
		return actor(userId).map(actor -> outgoing.done(actor).stream().limit(10).map(this::item).toList())
			.orElse(List.of());
	}

	private java.util.Optional<Actor> actor(String userId) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return people.current()
			.filter(person -> person.id().toString().equals(userId) && authentication != null)
			.map(person -> actors.current(authentication));
	}

	private WorkItem item(OfficialDocument document) {
		String stage = messages.getMessage(document.stage().messageKey(), null, LocaleContextHolder.getLocale());
		return new WorkItem("【" + stage + "】" + document.title(), "/workbench/office/documents/" + document.id(), "office",
				null);
	}
}
