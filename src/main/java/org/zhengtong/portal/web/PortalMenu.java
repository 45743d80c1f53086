package org.zhengtong.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.web.WorkbenchMenu;

/** The portal’s pages on the workbench menu: editors and each review level see the article desk. */
@Configuration(proxyBeanMethods = false)
class PortalMenu {

	@Bean
	WorkbenchMenu.Entry articlesForEditors() {
		return new WorkbenchMenu.Entry("portal.menu.articles", "/workbench/portal/articles", "portal.article.edit", 300);
	}

	@Bean
	WorkbenchMenu.Entry articlesForUnitReview() {
		return new WorkbenchMenu.Entry("portal.menu.review", "/workbench/portal/articles", "portal.review.unit", 301);
	}

	@Bean
	WorkbenchMenu.Entry articlesForNetworkReview() {
		return new WorkbenchMenu.Entry("portal.menu.review", "/workbench/portal/articles", "portal.review.network", 302);
	}

	@Bean
	WorkbenchMenu.Entry articlesForSecrecyReview() {
		return new WorkbenchMenu.Entry("portal.menu.review", "/workbench/portal/articles", "portal.review.secrecy", 303);
	}

	@Bean
	WorkbenchMenu.Entry sites() {
		return new WorkbenchMenu.Entry("portal.menu.sites", "/workbench/portal/sites", "portal.article.publish", 304);
	}
}
