package org.zhengtong.audit.internal;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code zt.audit.*}.
 *
 * @param retentionDays rows are kept at least this long; 等保 2.0 requires 180 days, so less is
 *        refused at startup
 * @param trustForwardedFor take the source IP from the last X-Forwarded-For address, i.e. the one
 *        your own reverse proxy appended. Only turn on behind exactly one trusted proxy: otherwise
 *        anyone can write any address into the trail.
 * @param purgeCron when the daily purge runs (China Standard Time)
 */
@Validated
@ConfigurationProperties("zt.audit")
public record AuditProperties(
		@DefaultValue("180") @Min(value = 180,
				message = "审计日志至少保留180天（等保2.0）/ audit records must be kept at least 180 days") int retentionDays,
		@DefaultValue("false") boolean trustForwardedFor, @DefaultValue("0 30 2 * * *") String purgeCron) {
}
