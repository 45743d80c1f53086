package org.zhengtong.portal;

import java.time.Instant;

/** 稿件已发布 — an article passed the publication guard and went live on its site. */
public record ArticlePublished(long articleId, String siteCode, Instant at) {
}
