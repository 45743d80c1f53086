package org.zhengtong.portal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.springframework.web.util.HtmlUtils;

/**
 * 静态发布 — renders a site’s public pages as plain files under {@code <publish-dir>/<site>/}: article
 * pages, paginated channel lists, the site home, sitemap.xml and rss.xml. The public site is just
 * files, so it keeps working while the application is down and nginx can serve it directly.
 * Every article goes through {@link PublicationGuard} before it reaches any of these files.
 */
@Component
public class StaticPublisher {

	static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneId.of("Asia/Shanghai"));

	private final PortalStore store;

	private final PublicationGuard guard;

	private final ITemplateEngine templates;

	private final PortalProperties properties;

	StaticPublisher(PortalStore store, PublicationGuard guard, ITemplateEngine templates, PortalProperties properties) {
		this.store = store;
		this.guard = guard;
		this.templates = templates;
		this.properties = properties;
	}

	/** After a publish or a withdrawal: the article page (written or removed) and what lists it. */
	public void refreshArticle(long articleId) {
		Article article = store.article(articleId).orElse(null);
		if (article == null) {
			return;
		}
		Site site = store.site(article.siteCode()).orElseThrow();
		Channel channel = store.channel(article.channelId()).orElseThrow();
		List<Channel> channels = store.channels(site.code());
		Path file = siteDir(site).resolve(articlePath(channel, article.id()));
		if (guard.publiclyVisible(article)) {
			writeArticle(site, channels, channel, article);
		}
		else {
			delete(file);
		}
		writeChannel(site, channels, channel);
		writeHome(site, channels);
		writeFeeds(site, channels);
	}

	/** Whole-site publish (全站发布): every page of the site from the database. */
	public int publishSite(String siteCode) {
		Site site = store.site(siteCode).orElseThrow();
		List<Channel> channels = store.channels(site.code());
		copyAssets(site);
		int pages = 0;
		for (Channel channel : channels) {
			for (Article article : store.published(channel.id())) {
				if (guard.publiclyVisible(article)) {
					writeArticle(site, channels, channel, article);
					pages++;
				}
			}
			pages += writeChannel(site, channels, channel);
		}
		writeHome(site, channels);
		writeFeeds(site, channels);
		return pages + 1;
	}

	public Path siteDir(Site site) {
		return properties.publishDir().resolve(site.code());
	}

	public static String articlePath(Channel channel, long id) {
		return channel.code() + "/" + id + ".html";
	}

	public static String listPath(Channel channel, int page) {
		return channel.code() + "/" + (page <= 1 ? "index.html" : "index_" + page + ".html");
	}

	/** The public address of a page of a site, e.g. {@code /sites/www/ywdt/12.html}. */
	public static String href(String siteCode, String path) {
		return "/sites/" + siteCode + "/" + path;
	}

	private void writeArticle(Site site, List<Channel> channels, Channel channel, Article article) {
		Context context = context(site, channels, channel);
		context.setVariable("article", article);
		String path = articlePath(channel, article.id());
		context.setVariable("meta", meta(site, channel, article, path));
		write(siteDir(site).resolve(path), templates.process("portal/static/article", context));
	}

	private int writeChannel(Site site, List<Channel> channels, Channel channel) {
		List<Article> articles = visible(store.published(channel.id()));
		int size = properties.pageSize();
		int pages = Math.max(1, (articles.size() + size - 1) / size);
		for (int page = 1; page <= pages; page++) {
			Context context = context(site, channels, channel);
			context.setVariable("articles", articles.subList((page - 1) * size, Math.min(articles.size(), page * size)));
			context.setVariable("page", page);
			context.setVariable("pages", pages);
			context.setVariable("meta", meta(site, channel, null, listPath(channel, page)));
			write(siteDir(site).resolve(listPath(channel, page)), templates.process("portal/static/list", context));
		}
		// A withdrawal can shorten the list: remove pages past the new end.
		for (int page = pages + 1; Files.exists(siteDir(site).resolve(listPath(channel, page))); page++) {
			delete(siteDir(site).resolve(listPath(channel, page)));
		}
		return pages;
	}

	private void writeHome(Site site, List<Channel> channels) {
		Context context = context(site, channels, null);
		Map<Channel, List<Article>> latest = new LinkedHashMap<>();
		for (Channel channel : channels) {
			List<Article> articles = visible(store.published(channel.id()));
			latest.put(channel, articles.subList(0, Math.min(8, articles.size())));
		}
		context.setVariable("latest", latest);
		context.setVariable("meta", meta(site, null, null, "index.html"));
		write(siteDir(site).resolve("index.html"), templates.process("portal/static/home", context));
	}

	/** sitemap.xml and rss.xml: only what the guard lets through. */
	private void writeFeeds(Site site, List<Channel> channels) {
		List<Article> articles = visible(store.publishedInSite(site.code()));
		Map<Long, Channel> byId = new LinkedHashMap<>();
		channels.forEach(c -> byId.put(c.id(), c));
		String base = properties.publicUrl() + "/sites/" + site.code() + "/";
		StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		sitemap.append("  <url><loc>").append(xml(base + "index.html")).append("</loc></url>\n");
		for (Channel channel : channels) {
			sitemap.append("  <url><loc>").append(xml(base + listPath(channel, 1))).append("</loc></url>\n");
		}
		StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n")
			.append("<title>").append(xml(site.name())).append("</title>\n")
			.append("<link>").append(xml(base + "index.html")).append("</link>\n")
			.append("<description>").append(xml(site.name())).append("</description>\n")
			.append("<language>").append(site.language()).append("</language>\n");
		int items = 0;
		for (Article article : articles) {
			Channel channel = byId.get(article.channelId());
			if (channel == null) {
				continue;
			}
			String url = base + articlePath(channel, article.id());
			sitemap.append("  <url><loc>").append(xml(url)).append("</loc><lastmod>").append(article.date())
				.append("</lastmod></url>\n");
			if (items++ < 50) {
				rss.append("<item><title>").append(xml(article.title())).append("</title><link>").append(xml(url))
					.append("</link><guid>").append(xml(url)).append("</guid><pubDate>")
					.append(RFC_1123.format(article.publishedAt() == null ? article.updatedAt() : article.publishedAt()))
					.append("</pubDate><description>").append(xml(article.description())).append("</description></item>\n");
			}
		}
		sitemap.append("</urlset>\n");
		rss.append("</channel></rss>\n");
		write(siteDir(site).resolve("sitemap.xml"), sitemap.toString());
		write(siteDir(site).resolve("rss.xml"), rss.toString());
	}

	private List<Article> visible(List<Article> articles) {
		List<Article> result = new ArrayList<>(articles.size());
		for (Article article : articles) {
			if (guard.publiclyVisible(article)) {
				result.add(article);
			}
		}
		return result;
	}

	private Context context(Site site, List<Channel> channels, Channel channel) {
		Context context = new Context(site.english() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
		context.setVariable("site", site);
		context.setVariable("base", "/sites/" + site.code() + "/");
		context.setVariable("nav", channels.stream().filter(c -> c.parentCode() == null).toList());
		context.setVariable("channel", channel);
		context.setVariable("lang", site.english() ? "en" : "zh-CN");
		return context;
	}

	/** The meta tags government sites carry (《政府网站发展指引》). */
	private Map<String, String> meta(Site site, Channel channel, Article article, String path) {
		Map<String, String> meta = new LinkedHashMap<>();
		meta.put("SiteName", site.name());
		meta.put("SiteDomain", site.domain());
		meta.put("SiteIDCode", site.idCode());
		if (channel != null) {
			meta.put("ColumnName", channel.name());
			meta.put("ColumnType", channel.type().label());
		}
		if (article != null) {
			meta.put("ArticleTitle", article.title());
			meta.put("PubDate", article.date().toString());
			meta.put("ContentSource", article.sourceOrg());
			meta.put("Keywords", article.keywords() == null ? "" : article.keywords());
			meta.put("Description", article.description());
		}
		meta.put("Url", properties.publicUrl() + "/sites/" + site.code() + "/" + path);
		return meta;
	}

	private void copyAssets(Site site) {
		try (InputStream in = new ClassPathResource("static/css/zhengtong.css").getInputStream()) {
			write(siteDir(site).resolve("assets/zhengtong.css"), new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Write to a temporary file and move it into place, so a reader never sees half a page. */
	static void write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Path tmp = Files.createTempFile(file.getParent(), ".tmp", ".part");
			Files.writeString(tmp, content, StandardCharsets.UTF_8);
			try {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String xml(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}

	/** Every file currently published for a site (for tests and the operations page). */
	public List<Path> files(String siteCode) {
		Path dir = properties.publishDir().resolve(siteCode);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
