package org.zhengtong.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditRetention;

/** The daily purge of rows past retention; not in command mode, which only runs its command. */
@Component
@Profile("!command")
class RetentionSchedule {

	private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

	private final AuditRetention retention;

	RetentionSchedule(AuditRetention retention) {
		this.retention = retention;
	}

	@Scheduled(cron = "${zt.audit.purge-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
	void purgeDaily() {
		try {
			retention.purge();
		}
		catch (RuntimeException ex) {
			// A failed night must not stop the scheduler; the next night tries again.
			log.error("Daily audit purge failed", ex);
		}
	}
}
