package org.zhengtong.portal.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.zhengtong.portal.DisclosureAttribute;
import org.zhengtong.portal.SecrecyMark;
import org.zhengtong.portal.internal.Article;
import org.zhengtong.portal.internal.ArticleDraft;

/** What the editor may set on an article — never its status, version or author id. */
record ArticleForm(
		@NotNull(message = "{portal.article.channel.required}") Long channelId,
		@NotBlank(message = "{portal.article.title.required}") @Size(max = 300, message = "{portal.field.too_long}") String title,
		@Size(max = 300, message = "{portal.field.too_long}") String subtitle,
		@NotBlank(message = "{portal.article.body.required}") @Size(max = 200000, message = "{portal.field.too_long}") String body,
		@NotBlank(message = "{portal.article.source.required}") @Size(max = 100, message = "{portal.field.too_long}") String sourceOrg,
		@Size(max = 100, message = "{portal.field.too_long}") String author,
		@NotNull(message = "{portal.article.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@Size(max = 300, message = "{portal.field.too_long}") String keywords,
		@NotNull(message = "{portal.article.secrecy.required}") SecrecyMark secrecy,
		@NotNull(message = "{portal.article.disclosure.required}") DisclosureAttribute disclosure,
		@Size(max = 60, message = "{portal.field.too_long}") String indexNumber,
		@Size(max = 100, message = "{portal.field.too_long}") String docNumber,
		@Pattern(regexp = "|有效|失效|废止", message = "{portal.article.validity.invalid}") String validity) {

	static ArticleForm empty(String sourceOrg) {
		return new ArticleForm(null, "", "", "", sourceOrg, "", LocalDate.now(), "", SecrecyMark.NONE,
				DisclosureAttribute.PROACTIVE, "", "", "");
	}

	static ArticleForm of(Article a) {
		return new ArticleForm(a.channelId(), a.title(), a.subtitle(), a.body(), a.sourceOrg(), a.author(), a.date(),
				a.keywords(), a.secrecy(), a.disclosure(), a.indexNumber(), a.docNumber(),
				a.validity() == null ? "" : a.validity());
	}

	ArticleDraft toDraft() {
		return new ArticleDraft(channelId, title, subtitle, body, sourceOrg, author, date, keywords, secrecy, disclosure,
				indexNumber, docNumber, validity);
	}
}
