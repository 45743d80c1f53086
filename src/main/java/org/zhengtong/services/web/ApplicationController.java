package org.zhengtong.services.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.CurrentPerson;
import org.zhengtong.identity.CurrentPerson.Person;
import org.zhengtong.identity.ResidentIdNumber;
import org.zhengtong.identity.UnifiedSocialCreditCode;
import org.zhengtong.identity.UserKind;
import org.zhengtong.platform.files.FileRejected;
import org.zhengtong.platform.web.CodedException;
import org.zhengtong.services.internal.ApplicationManagement;
import org.zhengtong.services.internal.ApplicationViews;
import org.zhengtong.services.internal.Applications;
import org.zhengtong.services.internal.ServiceApplication;
import org.zhengtong.services.internal.ServiceItem;
import org.zhengtong.services.internal.ServiceItems;

/**
 * The applicant's side: apply for an item, follow one's own applications (办件进度) and answer a
 * 补正 notice. Only citizens and enterprises reach these pages; each sees only their own.
 */
@Controller
class ApplicationController {

	static final String APPLY = "services/apply";

	static final String MINE = "services/my-applications";

	static final String MINE_ONE = "services/my-application";

	private final ApplicationManagement management;

	private final Applications applications;

	private final ApplicationViews views;

	private final ServiceItems items;

	private final CurrentPerson currentPerson;

	ApplicationController(ApplicationManagement management, Applications applications, ApplicationViews views,
			ServiceItems items, CurrentPerson currentPerson) {
		this.management = management;
		this.applications = applications;
		this.views = views;
		this.items = items;
		this.currentPerson = currentPerson;
	}

	@GetMapping("/services/items/{code}/apply")
	String initApplyForm(@PathVariable String code, Model model) {
		Person applicant = applicant();
		ServiceItem item = item(code);
		// A fresh token per form shown: the same form posted twice is one application.
		model.addAttribute("form", new ApplyForm(UUID.randomUUID().toString(), "", "", ""));
		return showApply(item, applicant, model);
	}

	@PostMapping("/services/items/{code}/apply")
	String processApplyForm(@PathVariable String code, @Valid @ModelAttribute("form") ApplyForm form,
			BindingResult result, @RequestParam(required = false) MultiValueMap<String, MultipartFile> files,
			Model model, RedirectAttributes redirect) {
		Person applicant = applicant();
		ServiceItem item = item(code);
		if (!result.hasFieldErrors("idNumber")) {
			if (applicant.kind() == UserKind.ENTERPRISE) {
				UnifiedSocialCreditCode.Problem problem = UnifiedSocialCreditCode.check(form.idNumber());
				if (problem != null) {
					result.rejectValue("idNumber", problem.messageKey());
				}
			}
			else {
				ResidentIdNumber.Problem problem = ResidentIdNumber.check(form.idNumber(), java.time.LocalDate.now(org.zhengtong.platform.web.DisplayFormats.ZONE));
				if (problem != null) {
					result.rejectValue("idNumber", problem.messageKey());
				}
			}
		}
		if (result.hasErrors()) {
			return showApply(item, applicant, model);
		}
		ApplicationManagement.Submission submission = new ApplicationManagement.Submission(form.token(),
				form.idNumber(), form.mobile().strip(), form.description());
		String receipt;
		try {
			receipt = management.submit(applicant, code, submission,
					Uploads.byMaterial(files == null ? new LinkedMultiValueMap<>() : files));
		}
		catch (FileRejected rejected) {
			result.reject(rejected.code(), rejected.arguments(), rejected.code());
			return showApply(item, applicant, model);
		}
		catch (DataIntegrityViolationException sameTokenAtOnce) {
			// Two copies of the same submit raced; the first one committed, answer with its receipt.
			receipt = applications.byToken(applicant.id(), form.token())
				.map(ServiceApplication::receiptNo)
				.orElseThrow(() -> sameTokenAtOnce);
		}
		ServiceApplication application = applications.byReceipt(receipt).orElseThrow();
		redirect.addFlashAttribute("flash", "services.apply.submitted");
		redirect.addFlashAttribute("receipt", receipt);
		return "redirect:/account/applications/" + application.id();
	}

	@GetMapping("/account/applications")
	String mine(Model model) {
		Person applicant = applicant();
		List<ServiceApplication> mine = applications.ofApplicant(applicant.id());
		model.addAttribute("applications", mine.stream().map(views::view).toList());
		return MINE;
	}

	@GetMapping("/account/applications/{id}")
	String one(@PathVariable long id, Model model) {
		ServiceApplication application = management.forApplicant(applicant(), id);
		model.addAttribute("view", views.view(application));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CorrectionForm(""));
		}
		return MINE_ONE;
	}

	@PostMapping("/account/applications/{id}/correction")
	String processCorrectionForm(@PathVariable long id, @Valid @ModelAttribute("form") CorrectionForm form,
			BindingResult result, @RequestParam(required = false) MultiValueMap<String, MultipartFile> files,
			Model model, RedirectAttributes redirect) {
		Person applicant = applicant();
		ServiceApplication application = management.forApplicant(applicant, id);
		if (!result.hasErrors()) {
			try {
				management.resubmit(applicant, id, form.note(),
						Uploads.byMaterial(files == null ? new LinkedMultiValueMap<>() : files));
				redirect.addFlashAttribute("flash", "services.apply.resubmitted");
				return "redirect:/account/applications/" + id;
			}
			catch (FileRejected rejected) {
				result.reject(rejected.code(), rejected.arguments(), rejected.code());
			}
		}
		model.addAttribute("view", views.view(application));
		return MINE_ONE;
	}

	private String showApply(ServiceItem item, Person applicant, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("applicantName", applicant.displayName());
		model.addAttribute("enterprise", applicant.kind() == UserKind.ENTERPRISE);
		model.addAttribute("orgName", views.departmentName(item.org()));
		return APPLY;
	}

	private ServiceItem item(String code) {
		return items.byCode(code).orElseThrow(() -> CodedException.notFound("services.item.not_found"));
	}

	private Person applicant() {
		Person person = currentPerson.require();
		if (person.kind() != UserKind.CITIZEN && person.kind() != UserKind.ENTERPRISE) {
			throw CodedException.forbidden("services.application.applicants_only");
		}
		return person;
	}
}
