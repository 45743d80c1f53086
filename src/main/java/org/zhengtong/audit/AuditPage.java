package org.zhengtong.audit;

import java.util.List;

/** One page of audit entries, newest first. Knows whether another page follows without counting them all. */
public record AuditPage(List<AuditEntry> entries, int page, int size, boolean hasNext) {

	public boolean hasPrevious() {
		return page > 0;
	}
}
