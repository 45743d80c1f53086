package org.zhengtong.portal.internal;

import org.springframework.stereotype.Component;
import org.zhengtong.platform.web.CodedException;
import org.zhengtong.portal.DisclosureAttribute;
import org.zhengtong.portal.SecrecyMark;

/**
 * 涉密信息不上网、上网信息不涉密 — the one place that decides whether content may reach a public
 * path. Submitting, approving, publishing, rendering static pages, lists, the sitemap and RSS, and
 * indexing for search all ask it, so a classified or 不予公开 article cannot leak by any route,
 * even when its row was altered behind the application’s back.
 */
@Component
public class PublicationGuard {

	public boolean mayBePublic(Article article) {
		return mayBePublic(article.secrecy(), article.disclosure());
	}

	public boolean mayBePublic(SecrecyMark secrecy, DisclosureAttribute disclosure) {
		return secrecy == SecrecyMark.NONE && disclosure != null && disclosure != DisclosureAttribute.NOT_DISCLOSED;
	}

	/** For pages and jobs that must show only public content: published and allowed. */
	public boolean publiclyVisible(Article article) {
		return article.status() == ArticleStatus.PUBLISHED && mayBePublic(article);
	}

	/** Refuses with a coded 422 (portal.guard.refused) when the content may not go public. */
	public void requirePublic(Article article) {
		if (!mayBePublic(article)) {
			throw CodedException.unprocessable("portal.guard.refused", article.secrecy().label(),
					article.disclosure().label());
		}
	}
}
