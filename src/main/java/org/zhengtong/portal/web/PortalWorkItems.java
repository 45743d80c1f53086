package org.zhengtong.portal.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhengtong.platform.web.WorkbenchItems;
import org.zhengtong.portal.internal.Article;
import org.zhengtong.portal.internal.ArticleManagement;
import org.zhengtong.portal.internal.ArticleStatus;
import org.zhengtong.portal.internal.PortalStore;
import org.zhengtong.portal.internal.ReviewStep;

/** 待办: articles waiting at a review level the person holds, or approved and waiting to be published. */
@Component
class PortalWorkItems implements WorkbenchItems {

	private final ArticleManagement articles;

	private final PortalStore store;

	PortalWorkItems(ArticleManagement articles, PortalStore store) {
		this.articles = articles;
		this.store = store;
	}

	@Override
	public List<WorkItem> todo(String userId) {
		List<ArticleStatus> waiting = new ArrayList<>(articles.myReviewSteps().stream().map(ReviewStep::waiting).toList());
		if (ArticleManagement.holds(ArticleManagement.PUBLISH)) {
			waiting.add(ArticleStatus.APPROVED);
		}
		if (waiting.isEmpty()) {
			return List.of();
		}
		return store.articlesIn(waiting, 20).stream().map(PortalWorkItems::item).toList();
	}

	@Override
	public List<WorkItem> done(String userId) {
		return List.of();
	}

	private static WorkItem item(Article article) {
		return new WorkItem(article.title(), "/workbench/portal/articles/" + article.id(), "portal", null);
	}
}
