package org.zhengtong.audit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.web.WorkbenchMenu;

/** The audit administrator's entry on the workbench menu. */
@Configuration(proxyBeanMethods = false)
class AuditMenu {

	@Bean
	WorkbenchMenu.Entry auditTrailEntry() {
		return new WorkbenchMenu.Entry("layout.wb.audit", "/workbench/audit", "audit.read", 920);
	}
}
