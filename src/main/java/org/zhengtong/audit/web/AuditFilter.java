package org.zhengtong.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The audit page's filter, bound from query parameters; every part optional. */
record AuditFilter(String action, String user, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Long upTo, Integer page) {

	int pageOrFirst() {
		return page == null || page < 0 ? 0 : page;
	}
}
