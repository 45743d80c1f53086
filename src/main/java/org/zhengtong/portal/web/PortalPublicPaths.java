package org.zhengtong.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.web.PublicPaths;

/** The portal home, the published sites (static files) and site search are open to everyone. */
@Configuration(proxyBeanMethods = false)
class PortalPublicPaths {

	@Bean
	PublicPaths portalPaths() {
		return PublicPaths.of("/", "/sites/**", "/search");
	}
}
