package org.zhengtong.audit;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.internal.AuditEntries;

/** 审计日志查询 — reading the trail, for the audit administrator only (三员 separation). */
@Service
public class AuditLog {

	private final AuditEntries entries;

	AuditLog(AuditEntries entries) {
		this.entries = entries;
	}

	@PreAuthorize("hasAuthority('audit.read')")
	@Transactional(readOnly = true)
	public AuditPage find(AuditQuery query, int page, int size) {
		int safePage = Math.max(0, page);
		List<AuditEntry> rows = entries.find(query, safePage * size, size + 1);
		boolean hasNext = rows.size() > size;
		return new AuditPage(hasNext ? rows.subList(0, size) : rows, safePage, size, hasNext);
	}
}
