package org.zhengtong.services.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.UserId;
import org.zhengtong.platform.web.WorkbenchItems;

/**
 * The handler's 待办 on the workbench: applications of their organisations waiting for 预审/受理,
 * 审查 or 决定, with the working days left on the running clock; 已办 are the last applications
 * they acted on.
 */
@Component
class ServicesWorkbenchItems implements WorkbenchItems {

	private static final int LIMIT = 50;

	private final Applications applications;

	private final ServiceItems items;

	private final ApplicationViews views;

	private final AccessScopes scopes;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	ServicesWorkbenchItems(Applications applications, ServiceItems items, ApplicationViews views, AccessScopes scopes,
			MessageSource messages, JdbcClient jdbc) {
		this.applications = applications;
		this.items = items;
		this.views = views;
		this.scopes = scopes;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	@Override
	public List<WorkItem> todo(String userId) {
		UserId user = parse(userId);
		if (user == null) {
			return List.of();
		}
		List<WorkItem> todo = new ArrayList<>();
		add(todo, EnumSet.of(ApplicationStatus.PRE_REVIEW, ApplicationStatus.REVIEW),
				scopes.scopeOf(user, ApplicationManagement.HANDLE));
		add(todo, EnumSet.of(ApplicationStatus.DECISION), scopes.scopeOf(user, ApplicationManagement.DECIDE));
		return todo;
	}

	@Override
	public List<WorkItem> done(String userId) {
		UserId user = parse(userId);
		if (user == null) {
			return List.of();
		}
		List<Long> ids = jdbc.sql("""
				SELECT application_id FROM svc_application_step WHERE actor_user_id = ?
				GROUP BY application_id ORDER BY MAX(occurred_at) DESC LIMIT 10""")
			.param(user.value())
			.query(Long.class)
			.list();
		List<WorkItem> done = new ArrayList<>();
		for (long id : ids) {
			applications.byId(id).ifPresent(application -> done.add(new WorkItem(title(application, null),
					"/workbench/services/applications/" + id, "services", null)));
		}
		return done;
	}

	private void add(List<WorkItem> todo, Set<ApplicationStatus> statuses, AccessScopes.OrgScope scope) {
		if (!scope.all() && scope.organisations().isEmpty()) {
			return;
		}
		List<OrgId> orgs = scope.all() ? null : List.copyOf(scope.organisations());
		for (ServiceApplication application : applications.inStatus(statuses, orgs, LIMIT)) {
			ApplicationViews.ClockView clock = application.acceptedOn() == null ? views.acceptance(application)
					: views.decision(application, items.byId(application.itemId()).orElseThrow());
			todo.add(new WorkItem(title(application, clock), "/workbench/services/applications/" + application.id(),
					"services", clock.deadline()));
		}
	}

	private String title(ServiceApplication application, ApplicationViews.ClockView clock) {
		var locale = LocaleContextHolder.getLocale();
		String item = items.byId(application.itemId()).map(ServiceItem::name).orElse("");
		String status = messages.getMessage(application.status().messageKey(), null, locale);
		String title = "【" + status + "】" + item + " " + application.receiptNo();
		if (clock != null) {
			title += " · " + messages.getMessage(clock.overdue() ? "services.clock.overdue_short" : "services.clock.left_short",
					new Object[] { Math.abs(clock.left()) }, locale);
		}
		return title;
	}

	private static UserId parse(String userId) {
		try {
			return new UserId(Long.parseLong(userId));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
