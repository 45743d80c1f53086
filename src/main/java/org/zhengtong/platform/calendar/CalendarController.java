package org.zhengtong.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.web.CodedException;
import org.zhengtong.platform.web.DisplayFormats;

/** 工作日历维护页 — the system administrator's view of a year as twelve months, and its edits. */
@Controller
@RequestMapping("/workbench/calendar")
@PreAuthorize("hasAuthority('" + CalendarAdministration.AUTHORITY + "')")
class CalendarController {

	static final String VIEW = "platform/calendar";

	private final JdbcCalendarYears years;

	private final CalendarAdministration administration;

	CalendarController(JdbcCalendarYears years, CalendarAdministration administration) {
		this.years = years;
		this.administration = administration;
	}

	@GetMapping
	String showYear(@RequestParam(name = "year", required = false) Integer year, Model model) {
		int shown = year != null ? year : LocalDate.now(DisplayFormats.ZONE).getYear();
		populate(model, shown, DayForm.empty(), YearForm.forYear(shown));
		return VIEW;
	}

	@PostMapping("/days")
	String processDayForm(@Valid @ModelAttribute("dayForm") DayForm form, BindingResult result,
			@RequestParam(name = "shownYear", required = false) Integer shownYear, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				administration.setDay(new CalendarDay(form.date(), form.kind(), form.name().strip()));
			}
			catch (CalendarYearMissing ex) {
				result.rejectValue("date", "platform.calendar.form.date.year_missing",
						new Object[] { String.valueOf(ex.year()) }, null);
			}
			catch (CodedException ex) {
				if (!CalendarAdministration.WORKDAY_ON_WEEKDAY.equals(ex.code())) {
					throw ex;
				}
				result.rejectValue("kind", ex.code());
			}
		}
		int year = form.date() != null ? form.date().getYear() : fallback(shownYear);
		if (result.hasErrors()) {
			populate(model, year, form, YearForm.forYear(year));
			return VIEW;
		}
		redirect.addFlashAttribute("flash", "platform.calendar.flash.day_set");
		return redirectTo(year);
	}

	@PostMapping("/days/{date}/remove")
	String removeDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		administration.removeDay(date);
		redirect.addFlashAttribute("flash", "platform.calendar.flash.day_removed");
		return redirectTo(date.getYear());
	}

	@PostMapping("/years")
	String processYearForm(@Valid @ModelAttribute("yearForm") YearForm form, BindingResult result,
			@RequestParam(name = "shownYear", required = false) Integer shownYear, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				administration.defineYear(form.year(), form.basis().strip());
			}
			catch (CodedException ex) {
				if (!CalendarAdministration.YEAR_EXISTS.equals(ex.code())) {
					throw ex;
				}
				result.rejectValue("year", ex.code(), new Object[] { String.valueOf(form.year()) }, null);
			}
		}
		if (result.hasErrors()) {
			populate(model, fallback(shownYear), DayForm.empty(), form);
			return VIEW;
		}
		redirect.addFlashAttribute("flash", "platform.calendar.flash.year_created");
		return redirectTo(form.year());
	}

	private void populate(Model model, int year, DayForm dayForm, YearForm yearForm) {
		Optional<CalendarYear> calendar = years.find(year);
		List<Integer> defined = years.definedYears();
		model.addAttribute("year", year);
		model.addAttribute("definedYears", defined);
		model.addAttribute("calendarYear", calendar.orElse(null));
		model.addAttribute("months", calendar.map(MonthGrid::year).orElse(List.of()));
		model.addAttribute("specialDays", calendar.map(c -> List.copyOf(c.specialDays().values())).orElse(List.of()));
		model.addAttribute("kinds", DayKind.values());
		// A bound form is already in the model with its errors; replacing it would drop them.
		if (!model.containsAttribute("dayForm")) {
			model.addAttribute("dayForm", dayForm);
		}
		if (!model.containsAttribute("yearForm")) {
			model.addAttribute("yearForm", yearForm);
		}
	}

	private static int fallback(Integer shownYear) {
		return shownYear != null ? shownYear : LocalDate.now(DisplayFormats.ZONE).getYear();
	}

	private static String redirectTo(int year) {
		return "redirect:/workbench/calendar?year=" + year;
	}
}
