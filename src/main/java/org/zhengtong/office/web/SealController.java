package org.zhengtong.office.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.office.internal.Actor;
import org.zhengtong.office.internal.SealVerification;
import org.zhengtong.office.internal.Seals;
import org.zhengtong.platform.web.CodedException;
import org.zhengtong.platform.web.DisplayFormats;

/** 印章管理 and 验章: the organisation's seals, and checking a sealed OFD (page and API). */
@Controller
class SealController {

	static final String SEALS = "office/seals";

	static final String VERIFY = "office/verify";

	private final Seals seals;

	private final SealVerification verification;

	private final OfficeActors actors;

	SealController(Seals seals, SealVerification verification, OfficeActors actors) {
		this.seals = seals;
		this.verification = verification;
		this.actors = actors;
	}

	@GetMapping("/workbench/office/seals")
	String initSealForm(Authentication authentication, Model model) {
		Actor actor = actors.current(authentication);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new SealForm("", null, null));
		}
		model.addAttribute("seals", seals.ofOrganisation(actor.orgId()));
		model.addAttribute("mayManage", actor.may("office.seal.manage"));
		return SEALS;
	}

	@PostMapping("/workbench/office/seals")
	String processSealForm(@Valid @ModelAttribute("form") SealForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && !form.validTo().isAfter(form.validFrom())) {
			result.rejectValue("validTo", "office.seal.validity_invalid");
		}
		if (result.hasErrors()) {
			return initSealForm(authentication, model);
		}
		Actor actor = actors.current(authentication);
		seals.create(actor, actor.orgId(), form.name().strip(),
				form.validFrom().atStartOfDay(DisplayFormats.ZONE).toInstant(),
				form.validTo().atTime(LocalTime.MAX).atZone(DisplayFormats.ZONE).toInstant());
		redirect.addFlashAttribute("flash", "office.seal.created");
		return "redirect:/workbench/office/seals";
	}

	@GetMapping("/workbench/office/verify")
	String initVerifyForm() {
		return VERIFY;
	}

	@PostMapping("/workbench/office/verify")
	String processVerifyForm(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
		if (file == null || file.isEmpty()) {
			model.addAttribute("missing", true);
			return VERIFY;
		}
		model.addAttribute("report", verification.verify(bytes(file)));
		model.addAttribute("fileName", file.getOriginalFilename());
		return VERIFY;
	}

	/** API: POST a sealed OFD as multipart field {@code file}; answers the verdict and the seal. */
	@PostMapping("/api/office/seal-verifications")
	@ResponseBody
	Map<String, Object> verifyApi(@RequestParam("file") MultipartFile file) {
		SealVerification.Report report = verification.verify(bytes(file));
		return Map.of("verdict", report.verdict().name(), "sealName", report.sealName() == null ? "" : report.sealName(),
				"signedAt", report.signedAt() == null ? "" : report.signedAt().toString());
	}

	private static byte[] bytes(MultipartFile file) {
		if (file.getSize() > 50L * 1024 * 1024) {
			throw CodedException.unprocessable("office.verify.too_large");
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
