package org.zhengtong.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's own workbench entries. */
@Configuration(proxyBeanMethods = false)
class PlatformMenu {

	@Bean
	WorkbenchMenu.Entry workbenchHomeEntry() {
		return new WorkbenchMenu.Entry("layout.wb.home", "/workbench", null, 0);
	}

	@Bean
	WorkbenchMenu.Entry calendarEntry() {
		return new WorkbenchMenu.Entry("layout.wb.calendar", "/workbench/calendar", "platform.calendar.manage", 910);
	}
}
