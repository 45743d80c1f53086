package org.zhengtong.services.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.identity.IdentityDirectory;
import org.zhengtong.identity.OrgId;
import org.zhengtong.identity.Organisation;
import org.zhengtong.platform.calendar.CalendarYearMissing;
import org.zhengtong.platform.calendar.WorkingDayClock;

/**
 * What the pages show of an application: the item, the timeline by department and the two legal
 * clocks (working days used of the limit, deadline, paused or overdue).
 */
@Component
public class ApplicationViews {

	private final Applications applications;

	private final ServiceItems items;

	private final TimeLimits limits;

	private final IdentityDirectory directory;

	ApplicationViews(Applications applications, ServiceItems items, TimeLimits limits, IdentityDirectory directory) {
		this.applications = applications;
		this.items = items;
		this.limits = limits;
		this.directory = directory;
	}

	/** A clock as shown: limit, used, deadline (null while stopped), stopped, overdue. */
	public record ClockView(String labelKey, int limit, int used, LocalDate deadline, boolean paused, boolean overdue,
			boolean running) {

		public int left() {
			return limit - used;
		}
	}

	public record StepView(ApplicationStep step, String department) {
	}

	public record View(ServiceApplication application, ServiceItem item, String department, List<StepView> steps,
			List<Applications.AttachedFile> files, ClockView acceptance, ClockView decision) {

		/** The correction notice the applicant must answer, while the application waits for it. */
		public Optional<String> openCorrectionNotice() {
			if (application.status() != ApplicationStatus.CORRECTION) {
				return Optional.empty();
			}
			for (int i = steps.size() - 1; i >= 0; i--) {
				if ("CORRECTION_REQUESTED".equals(steps.get(i).step().step())) {
					return Optional.ofNullable(steps.get(i).step().remark());
				}
			}
			return Optional.empty();
		}
	}

	@Transactional(readOnly = true)
	public View view(ServiceApplication application) {
		ServiceItem item = items.byId(application.itemId()).orElseThrow();
		List<StepView> steps = applications.steps(application.id())
			.stream()
			.map(step -> new StepView(step, step.org() == null ? null : departmentName(step.org())))
			.toList();
		return new View(application, item, departmentName(application.org()), steps,
				applications.files(application.id()), acceptance(application), decision(application, item));
	}

	public ClockView acceptance(ServiceApplication application) {
		WorkingDayClock clock = limits.acceptanceClock(application.submittedOn(),
				applications.pauses(application.id(), ApplicationManagement.ACCEPTANCE_CLOCK));
		LocalDate end = application.acceptedOn() != null ? application.acceptedOn()
				: application.status().isOpen() ? ApplicationManagement.today() : lastStepDay(application);
		return show("services.clock.acceptance", clock, end,
				application.acceptedOn() == null && application.status().isOpen());
	}

	public ClockView decision(ServiceApplication application, ServiceItem item) {
		if (application.acceptedOn() == null) {
			return null;
		}
		WorkingDayClock clock = limits.decisionClock(application.acceptedOn(), TimeLimits.decisionLimit(item),
				applications.pauses(application.id(), ApplicationManagement.DECISION_CLOCK));
		LocalDate end = application.decidedOn() != null ? application.decidedOn() : ApplicationManagement.today();
		return show("services.clock.decision", clock, end, application.decidedOn() == null);
	}

	private ClockView show(String label, WorkingDayClock clock, LocalDate asOf, boolean running) {
		try {
			LocalDate deadline = clock.deadline(limits.calendar()).orElse(null);
			int used = clock.usedWorkingDays(limits.calendar(), asOf);
			boolean overdue = deadline != null && asOf.isAfter(deadline);
			return new ClockView(label, clock.limit(), used, deadline, clock.isPaused(), overdue, running);
		}
		catch (CalendarYearMissing ex) {
			// A year nobody entered yet: show the limit without guessing a deadline.
			return new ClockView(label, clock.limit(), 0, null, clock.isPaused(), false, running);
		}
	}

	private LocalDate lastStepDay(ServiceApplication application) {
		List<ApplicationStep> steps = applications.steps(application.id());
		return steps.isEmpty() ? application.submittedOn() : steps.get(steps.size() - 1).occurredOn();
	}

	public String departmentName(OrgId org) {
		return directory.organisation(org).map(Organisation::name).orElse("");
	}
}
