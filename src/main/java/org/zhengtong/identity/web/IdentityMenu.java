package org.zhengtong.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.web.WorkbenchMenu;

/** The administrators' identity pages on the workbench menu. */
@Configuration(proxyBeanMethods = false)
class IdentityMenu {

	@Bean
	WorkbenchMenu.Entry organisationsEntry() {
		return new WorkbenchMenu.Entry("layout.wb.orgs", "/workbench/orgs", "identity.org.manage", 900);
	}

	@Bean
	WorkbenchMenu.Entry usersEntry() {
		return new WorkbenchMenu.Entry("layout.wb.users", "/workbench/users", "identity.user.manage", 901);
	}

	@Bean
	WorkbenchMenu.Entry rolesEntry() {
		return new WorkbenchMenu.Entry("layout.wb.roles", "/workbench/roles", "identity.role.grant", 902);
	}
}
