package org.zhengtong.office.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.web.WorkbenchMenu;

/** The office pages on the workbench menu. */
@Configuration(proxyBeanMethods = false)
class OfficeMenu {

	@Bean
	WorkbenchMenu.Entry officeDocumentsEntry() {
		return new WorkbenchMenu.Entry("office.menu.documents", "/workbench/office/documents", "office.document.receive", 300);
	}

	@Bean
	WorkbenchMenu.Entry officeSealsEntry() {
		return new WorkbenchMenu.Entry("office.menu.seals", "/workbench/office/seals", "office.seal.use", 301);
	}

	@Bean
	WorkbenchMenu.Entry officeVerifyEntry() {
		return new WorkbenchMenu.Entry("office.menu.verify", "/workbench/office/verify", "office.document.receive", 302);
	}
}
