package org.zhengtong.platform.html;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * 富文本净化 — the one rich-text policy of the platform (articles, letters' replies, bulletins),
 * built on the OWASP Java HTML Sanitizer. It keeps what editors use — paragraphs, headings,
 * emphasis, lists, tables, quotes, links and images — and drops everything that can run code or
 * restyle the page: scripts, event handlers ({@code on*}), {@code style}, iframes, forms, SVG.
 *
 * <p>Links may go to http, https and mailto addresses (or site-relative paths) and always get
 * {@code rel="noopener noreferrer nofollow"}. Images may come from http or https addresses or from
 * the platform's own file store ({@code /files/…}).
 */
public final class RichText {

	private static final Pattern IMAGE_SOURCE = Pattern.compile("(?i)(https?://[^\\s\"'<>]+|/files/[0-9a-fA-F-]{36})");

	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,3}");

	private static final Pattern ALIGN = Pattern.compile("(?i)left|center|right|justify");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "div", "span", "b", "strong", "i", "em", "u", "s", "sub", "sup", "small", "mark",
				"blockquote", "pre", "code", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd")
		.allowElements("table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td")
		.allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("td", "th")
		.allowAttributes("scope").matching(Pattern.compile("(?i)row|col|rowgroup|colgroup")).onElements("th")
		.allowAttributes("align").matching(ALIGN).onElements("p", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6")
		.allowAttributes("start").matching(NUMBER).onElements("ol")
		.allowElements("a")
		.allowAttributes("href").onElements("a")
		.allowAttributes("title").onElements("a", "img", "abbr")
		.allowElements("abbr")
		.allowUrlProtocols("http", "https", "mailto")
		.requireRelsOnLinks("noopener", "noreferrer", "nofollow")
		.allowElements("img")
		.allowAttributes("src").matching(IMAGE_SOURCE).onElements("img")
		.allowAttributes("alt").onElements("img")
		.allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,4}")).onElements("img")
		.toFactory();

	private RichText() {
	}

	/** Safe HTML to show as is ({@code th:utext}); {@code null} gives the empty string. */
	public static String sanitize(String html) {
		return html == null ? "" : POLICY.sanitize(html);
	}
}
