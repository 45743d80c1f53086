package org.zhengtong.portal.internal;

import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhengtong.portal.ArticlePublished;
import org.zhengtong.portal.ArticleWithdrawn;

/**
 * The publishing job: after a publish or withdrawal commits, one background thread re-renders the
 * affected static pages and updates the search index — never inside the page request, and one
 * change at a time so two jobs never write the same list page at once. On start, sites whose files
 * or index entries are missing (first start, lost data directory, a crash before the job ran) are
 * published in full, also in the background, so start-up stays fast.
 */
@Component
public class PublishingJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PublishingJobs.class);

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "portal-publisher");
		thread.setDaemon(true);
		return thread;
	});

	private final StaticPublisher publisher;

	private final SiteSearch search;

	private final PortalStore store;

	PublishingJobs(StaticPublisher publisher, SiteSearch search, PortalStore store) {
		this.publisher = publisher;
		this.search = search;
		this.store = store;
	}

	@TransactionalEventListener
	void on(ArticlePublished event) {
		submit(event.articleId(), "publish", event.at().toEpochMilli());
	}

	@TransactionalEventListener
	void on(ArticleWithdrawn event) {
		submit(event.articleId(), "withdraw", event.at().toEpochMilli());
	}

	private void submit(long articleId, String what, long since) {
		worker.submit(() -> {
			try {
				publisher.refreshArticle(articleId);
				store.article(articleId).ifPresent(article -> search.update(article,
						store.channel(article.channelId()).orElseThrow(), store.site(article.siteCode()).orElseThrow()));
				log.info("portal {} of article {} visible {} ms after the decision", what, articleId,
						System.currentTimeMillis() - since);
			}
			catch (RuntimeException ex) {
				log.error("portal {} of article {} failed; a whole-site publish repairs it", what, articleId, ex);
			}
		});
	}

	@EventListener(ApplicationReadyEvent.class)
	void repairOnStart() {
		worker.submit(() -> {
			try {
				long published = store.countPublished();
				if (published > 0 && search.size() != published) {
					log.info("portal search index rebuilt: {} articles", search.rebuild());
				}
				for (Site site : store.sites()) {
					if (!Files.exists(publisher.siteDir(site).resolve("index.html"))) {
						long started = System.nanoTime();
						int pages = publisher.publishSite(site.code());
						log.info("portal site {} published: {} pages in {} ms", site.code(), pages,
								(System.nanoTime() - started) / 1_000_000);
					}
				}
			}
			catch (RuntimeException ex) {
				log.error("portal start-up publishing failed", ex);
			}
		});
	}

	/** Whole-site publish (全站发布) as a background job. */
	public Future<Integer> republish(String siteCode, java.util.function.IntConsumer done) {
		return worker.submit(() -> {
			long started = System.nanoTime();
			int pages = publisher.publishSite(siteCode);
			log.info("portal site {} re-published: {} pages in {} ms", siteCode, pages, (System.nanoTime() - started) / 1_000_000);
			done.accept(pages);
			return pages;
		});
	}

	/** Waits until every job submitted so far has run (tests, and orderly shutdown). */
	public void awaitIdle() {
		try {
			worker.submit(() -> {
			}).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("portal publishing did not finish", ex);
		}
	}

	@Override
	public void destroy() {
		worker.shutdown();
		try {
			worker.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
