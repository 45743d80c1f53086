package org.zhengtong.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.web.PublicPaths;

@Configuration(proxyBeanMethods = false)
class PortalPublicPaths {

	@Bean
	PublicPaths portalPaths() {
		return PublicPaths.of("/");
	}
}
