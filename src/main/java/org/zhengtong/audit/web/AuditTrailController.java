package org.zhengtong.audit.web;

import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.audit.AuditLog;
import org.zhengtong.audit.AuditPage;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.AuditVerification;
import org.zhengtong.audit.VerificationResult;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditResult;
import org.zhengtong.platform.audit.AuditTrail;
import org.zhengtong.platform.web.DisplayFormats;

/**
 * 审计日志 for the audit administrator: the trail newest first, filtered, and a button that
 * verifies the whole chain. Reading and verifying are themselves on the record.
 */
@Controller
@RequestMapping("/workbench/audit")
@PreAuthorize("hasAuthority('audit.read')")
class AuditTrailController {

	static final String VIEW = "audit/trail";

	static final String PATH = "/workbench/audit";

	static final int PAGE_SIZE = 50;

	private final AuditLog log;

	private final AuditVerification verification;

	private final AuditTrail trail;

	AuditTrailController(AuditLog log, AuditVerification verification, AuditTrail trail) {
		this.log = log;
		this.verification = verification;
		this.trail = trail;
	}

	@GetMapping
	String showTrail(@ModelAttribute("filter") AuditFilter filter, BindingResult binding, Model model) {
		if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
			binding.rejectValue("to", "audit.filter.range");
		}
		AuditQuery query = binding.hasErrors() ? AuditQuery.all() : query(filter);
		AuditPage page = log.find(query, filter.pageOrFirst(), PAGE_SIZE);
		trail.record(AuditRecord.success("audit.read", "audit_trail", null).withDetail(describe(filter)));
		model.addAttribute("page", page);
		model.addAttribute("previousHref", page.hasPrevious() ? href(filter, page.page() - 1) : null);
		model.addAttribute("nextHref", page.hasNext() ? href(filter, page.page() + 1) : null);
		return VIEW;
	}

	@PostMapping("/verify")
	String processVerification(RedirectAttributes redirect) {
		VerificationResult result = verification.verify();
		trail.record(verified(result));
		redirect.addFlashAttribute("verification", result);
		return "redirect:" + PATH;
	}

	/** A broken chain is recorded as a failed verification, so it stands out in the trail itself. */
	static AuditRecord verified(VerificationResult result) {
		String detail = result.intact() ? "intact, " + result.rowsChecked() + " rows"
				: result.problem() + " at seq " + result.firstBadSeq();
		return new AuditRecord("audit.verify", "audit_trail", null,
				result.intact() ? AuditResult.SUCCESS : AuditResult.FAILURE, detail, null);
	}

	private static AuditQuery query(AuditFilter filter) {
		return new AuditQuery(filter.action(), filter.user(), startOf(filter.from()),
				filter.to() == null ? null : startOf(filter.to().plusDays(1)), filter.upTo());
	}

	private static java.time.Instant startOf(LocalDate day) {
		return day == null ? null : day.atStartOfDay(DisplayFormats.ZONE).toInstant();
	}

	private static String href(AuditFilter filter, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
		add(uri, "action", filter.action());
		add(uri, "user", filter.user());
		add(uri, "from", filter.from());
		add(uri, "to", filter.to());
		add(uri, "upTo", filter.upTo());
		if (page > 0) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			uri.queryParam(name, value);
		}
	}

	private static String describe(AuditFilter filter) {
		return "action=" + nullToEmpty(filter.action()) + "; user=" + nullToEmpty(filter.user()) + "; from="
				+ nullToEmpty(filter.from()) + "; to=" + nullToEmpty(filter.to()) + "; upTo=" + nullToEmpty(filter.upTo())
				+ "; page=" + filter.pageOrFirst();
	}

	private static String nullToEmpty(Object value) {
		return value == null ? "" : value.toString();
	}
}
