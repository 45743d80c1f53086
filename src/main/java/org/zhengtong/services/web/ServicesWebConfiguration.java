package org.zhengtong.services.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.web.PublicPaths;
import org.zhengtong.platform.web.WorkbenchMenu;

/** The services module's public pages (guides, status query) and its workbench menu line. */
@Configuration(proxyBeanMethods = false)
class ServicesWebConfiguration {

	@Bean
	PublicPaths servicesPaths() {
		// Applying needs a signed-in applicant: /services/items/*/apply is not public.
		return PublicPaths.of("/services/items", "/services/items/{code}", "/services/status");
	}

	@Bean
	WorkbenchMenu.Entry servicesApplicationsEntry() {
		return new WorkbenchMenu.Entry("services.menu.applications", "/workbench/services/applications",
				"services.application.handle", 200);
	}
}
