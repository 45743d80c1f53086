package org.zhengtong.portal.internal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;
import org.zhengtong.platform.web.CodedException;

/** 全站发布: re-renders every page of a site in the background and remembers how the last run went. */
@Service
public class SiteAdministration {

	private final PortalStore store;

	private final PublishingJobs jobs;

	private final AuditTrail audit;

	private final Map<String, RunState> runs = new ConcurrentHashMap<>();

	SiteAdministration(PortalStore store, PublishingJobs jobs, AuditTrail audit) {
		this.store = store;
		this.jobs = jobs;
		this.audit = audit;
	}

	public void republish(String siteCode) {
		if (!ArticleManagement.holds(ArticleManagement.PUBLISH)) {
			throw CodedException.forbidden("platform.forbidden");
		}
		store.site(siteCode).orElseThrow(() -> CodedException.notFound("portal.site.not_found", siteCode));
		runs.put(siteCode, new RunState(Instant.now(), null, null));
		jobs.republish(siteCode, pages -> runs.put(siteCode, new RunState(runs.get(siteCode).started(), Instant.now(), pages)));
		// Nothing in the database changes, but who re-published what is still on the record.
		audit.record(AuditRecord.success("portal.site.republish", "site", siteCode));
	}

	public RunState lastRun(String siteCode) {
		return runs.get(siteCode);
	}

	/** A whole-site publish: when it started, when it finished (null while running) and how many pages. */
	public record RunState(Instant started, Instant finished, Integer pages) {

		public boolean running() {
			return finished == null;
		}
	}
}
