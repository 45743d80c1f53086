package org.zhengtong.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.zhengtong.portal.internal.PortalProperties;

/**
 * The embedded default serves the publish directory under {@code /sites/<site>/}; in production
 * nginx serves the same files (docs/operations-portal.md). Pages are sent as UTF-8 (the files are),
 * and browsers must revalidate every time (cheap 304s by Last-Modified): a withdrawn page must be
 * gone at once.
 */
@Configuration(proxyBeanMethods = false)
class StaticSites {

	@Bean
	ResourceHttpRequestHandler publishedSiteFiles(PortalProperties properties) {
		ResourceHttpRequestHandler handler = new Utf8ResourceHandler();
		String dir = properties.publishDir().toAbsolutePath().normalize().toString();
		handler.setLocations(List.of(new FileSystemResource(dir.endsWith("/") ? dir : dir + "/")));
		handler.setCacheControl(CacheControl.noCache().cachePublic());
		return handler;
	}

	/** After the controllers (which redirect bare site addresses), before Spring’s own resource mappings. */
	@Bean
	SimpleUrlHandlerMapping publishedSitesMapping(ResourceHttpRequestHandler publishedSiteFiles) {
		return new SimpleUrlHandlerMapping(Map.of("/sites/**", publishedSiteFiles), Ordered.LOWEST_PRECEDENCE - 10);
	}

	/** The published files are UTF-8; say so, instead of the servlet container’s bare text/html. */
	static class Utf8ResourceHandler extends ResourceHttpRequestHandler {

		@Override
		protected MediaType getMediaType(HttpServletRequest request, Resource resource) {
			MediaType type = super.getMediaType(request, resource);
			if (type != null && type.getCharset() == null
					&& ("text".equals(type.getType()) || "xml".equals(type.getSubtype()) || type.getSubtype().endsWith("+xml"))) {
				return new MediaType(type, StandardCharsets.UTF_8);
			}
			return type;
		}
	}

	/** A site’s or channel’s address without a file name opens its index.html, as nginx does. */
	@Controller
	static class SiteIndex {

		@GetMapping({ "/sites/{site:[a-z0-9-]+}", "/sites/{site:[a-z0-9-]+}/" })
		String site(@PathVariable String site) {
			return "redirect:/sites/" + site + "/index.html";
		}

		@GetMapping("/sites/{site:[a-z0-9-]+}/{channel:[a-z0-9-]+}/")
		String channel(@PathVariable String site, @PathVariable String channel) {
			return "redirect:/sites/" + site + "/" + channel + "/index.html";
		}
	}
}
