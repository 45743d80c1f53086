package org.zhengtong.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 工作台首页: the person's 待办 and 已办 gathered from every module. */
@Controller
class WorkbenchHomeController {

	static final String VIEW = "platform/workbench";

	private final List<WorkbenchItems> sources;

	WorkbenchHomeController(List<WorkbenchItems> sources) {
		this.sources = sources;
	}

	@GetMapping("/workbench")
	String home(Authentication authentication, Model model) {
		String userId = authentication.getPrincipal() instanceof org.zhengtong.platform.audit.AuditActor actor
				? actor.auditUserId() : authentication.getName();
		List<WorkbenchItems.WorkItem> todo = new ArrayList<>();
		List<WorkbenchItems.WorkItem> done = new ArrayList<>();
		for (WorkbenchItems source : sources) {
			todo.addAll(source.todo(userId));
			done.addAll(source.done(userId));
		}
		todo.sort(Comparator.comparing(WorkbenchItems.WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
		model.addAttribute("todo", todo);
		model.addAttribute("done", done);
		return VIEW;
	}
}
