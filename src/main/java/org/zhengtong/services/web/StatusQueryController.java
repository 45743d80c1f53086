package org.zhengtong.services.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;
import org.zhengtong.services.internal.ApplicationManagement;
import org.zhengtong.services.internal.Applications;
import org.zhengtong.services.internal.ServiceApplication;

/**
 * 办件查询 — anyone with the receipt number and the last six characters of the applicant's ID
 * number or credit code sees the status (nothing else). A wrong pair and an unknown receipt give
 * the same answer, so the page cannot be used to find out which receipts exist. Sent by POST so
 * the numbers stay out of access logs and browser history.
 */
@Controller
class StatusQueryController {

	static final String VIEW = "services/status";

	private final Applications applications;

	private final ApplicationManagement management;

	private final AuditTrail audit;

	StatusQueryController(Applications applications, ApplicationManagement management, AuditTrail audit) {
		this.applications = applications;
		this.management = management;
		this.audit = audit;
	}

	@GetMapping("/services/status")
	String initQueryForm(Model model) {
		model.addAttribute("form", StatusQueryForm.empty());
		return VIEW;
	}

	@PostMapping("/services/status")
	String processQueryForm(@Valid @ModelAttribute("form") StatusQueryForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return VIEW;
		}
		String tail = management.tailIndex(form.tail());
		ServiceApplication found = applications.byReceipt(form.receiptNo().strip())
			.filter(application -> applications.tailIndex(application.id()).map(tail::equals).orElse(false))
			.orElse(null);
		// A query is a read, not a state change; failed ones are recorded to spot guessing.
		if (found == null) {
			audit.record(AuditRecord.failure("services.application.status_query", "application", null));
			result.reject("services.status_query.not_found");
			return VIEW;
		}
		model.addAttribute("status", found.status());
		model.addAttribute("receipt", found.receiptNo());
		return VIEW;
	}
}
