package org.zhengtong.portal;

import java.time.Instant;

/** 稿件已撤稿 — an article was taken off its site; its page, list entries and search hit go. */
public record ArticleWithdrawn(long articleId, String siteCode, Instant at) {
}
