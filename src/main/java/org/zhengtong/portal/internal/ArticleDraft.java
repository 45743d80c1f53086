package org.zhengtong.portal.internal;

import java.time.LocalDate;

import org.zhengtong.portal.DisclosureAttribute;
import org.zhengtong.portal.SecrecyMark;

/** What an editor writes; the body is sanitised by {@link ArticleManagement} before it is stored. */
public record ArticleDraft(long channelId, String title, String subtitle, String body, String sourceOrg, String author,
		LocalDate date, String keywords, SecrecyMark secrecy, DisclosureAttribute disclosure, String indexNumber,
		String docNumber, String validity) {
}
