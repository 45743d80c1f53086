package org.zhengtong.portal.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code zt.portal.*}: where published pages and the search index live, the address the public
 * reaches the published sites at (for sitemap, RSS and the Url meta tag), list page size, and how
 * many articles the demo county gets.
 */
@ConfigurationProperties("zt.portal")
public record PortalProperties(Path publishDir, Path searchDir, String publicUrl, Integer pageSize, Integer demoArticles) {

	public PortalProperties {
		publishDir = publishDir == null ? Path.of("data", "publish") : publishDir;
		searchDir = searchDir == null ? Path.of("data", "search") : searchDir;
		publicUrl = publicUrl == null ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
		pageSize = pageSize == null ? 20 : pageSize;
		demoArticles = demoArticles == null ? 300 : demoArticles;
	}
}
