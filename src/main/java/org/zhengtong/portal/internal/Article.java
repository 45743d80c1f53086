package org.zhengtong.portal.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.web.util.HtmlUtils;
import org.zhengtong.portal.DisclosureAttribute;
import org.zhengtong.portal.SecrecyMark;

/** 稿件 — the article as stored; {@code body} is already sanitised. */
public record Article(long id, long channelId, String siteCode, String title, String subtitle, String body,
		String sourceOrg, String author, LocalDate date, String keywords, SecrecyMark secrecy,
		DisclosureAttribute disclosure, String indexNumber, String docNumber, String validity, ArticleStatus status,
		int version, Long createdBy, Instant updatedAt, Instant publishedAt) {

	/** Plain text of the body, for descriptions and the search index. */
	public String plainText() {
		// The sanitiser writes some characters as entities (e.g. &#xff0c;): decode them after removing tags.
		return HtmlUtils.htmlUnescape(body.replaceAll("<[^>]*>", " ")).replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
	}

	public String description() {
		String text = plainText();
		return text.length() > 120 ? text.substring(0, 120) + "…" : text;
	}
}
