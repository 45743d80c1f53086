package org.zhengtong.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.DatabaseIntegrationTest;
import org.zhengtong.identity.IdentityFixtures;
import org.zhengtong.platform.web.CodedException;
import org.zhengtong.portal.internal.Article;
import org.zhengtong.portal.internal.ArticleDraft;
import org.zhengtong.portal.internal.ArticleManagement;
import org.zhengtong.portal.internal.ArticleStatus;
import org.zhengtong.portal.internal.Channel;
import org.zhengtong.portal.internal.PortalProperties;
import org.zhengtong.portal.internal.PortalStore;
import org.zhengtong.portal.internal.PublishingJobs;
import org.zhengtong.portal.internal.ReviewStep;
import org.zhengtong.portal.internal.SiteSearch;
import org.zhengtong.portal.internal.StaticPublisher;

/** Writing, three-level review, static publishing, search and withdrawal, as the people involved notice them. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ IdentityFixtures.class, PortalFixtures.class })
class PortalPublishingIT extends DatabaseIntegrationTest {

	@Autowired
	PortalFixtures portal;

	@Autowired
	ArticleManagement articles;

	@Autowired
	PortalStore store;

	@Autowired
	StaticPublisher publisher;

	@Autowired
	SiteSearch search;

	@Autowired
	PublishingJobs jobs;

	@Autowired
	PortalProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.zhengtong.portal.internal.SiteAdministration sites;

	@AfterEach
	void signOut() {
		portal.signOut();
	}

	Path file(String site, String path) {
		return properties.publishDir().resolve(site).resolve(path);
	}

	String read(String site, String path) {
		try {
			return Files.readString(file(site, path));
		}
		catch (IOException ex) {
			throw new AssertionError(path + " not published", ex);
		}
	}

	String articlePath(Channel channel, long id) {
		return StaticPublisher.articlePath(channel, id);
	}

	List<Long> found(String text) {
		return search.search(new SiteSearch.SearchRequest(text, null, null, null, null, 1, 50)).hits().stream()
			.map(SiteSearch.Hit::id).toList();
	}

	String code(Runnable action) {
		try {
			action.run();
		}
		catch (CodedException ex) {
			return ex.code();
		}
		throw new AssertionError("the action was allowed");
	}

	@Nested
	class Review {

		@Test
		void eachReviewLevelPublishingAndWithdrawingNeedItsOwnPermission() {
			Channel news = portal.channel("www", "ywdt");
			portal.as(portal.editor());
			long id = articles.create(portal.draft(news, IdentityFixtures.unique("权限测试"), "<p>正文</p>", SecrecyMark.NONE,
					DisclosureAttribute.PROACTIVE));
			articles.submit(id);
			assertThat(code(() -> articles.review(id, ReviewStep.UNIT, true, null))).as("editor cannot review")
				.isEqualTo("platform.forbidden");

			portal.as(portal.networkReviewer());
			assertThat(code(() -> articles.review(id, ReviewStep.UNIT, true, null))).isEqualTo("platform.forbidden");
			assertThat(code(() -> articles.review(id, ReviewStep.NETWORK, true, null))).as("levels in order")
				.isEqualTo("portal.article.wrong_state");

			portal.as(portal.unitReviewer());
			articles.review(id, ReviewStep.UNIT, true, null);
			assertThat(articles.article(id).status()).isEqualTo(ArticleStatus.NETWORK_REVIEW);

			portal.as(portal.secrecyReviewer());
			assertThat(code(() -> articles.review(id, ReviewStep.NETWORK, true, null))).isEqualTo("platform.forbidden");

			portal.as(portal.networkReviewer());
			articles.review(id, ReviewStep.NETWORK, true, "栏目正确");
			assertThat(code(() -> articles.publish(id))).as("not yet through 保密审查").isEqualTo("portal.article.wrong_state");

			portal.as(portal.secrecyReviewer());
			articles.review(id, ReviewStep.SECRECY, true, null);
			assertThat(articles.article(id).status()).isEqualTo(ArticleStatus.APPROVED);
			assertThat(code(() -> articles.publish(id))).as("secrecy reviewer cannot publish").isEqualTo("platform.forbidden");

			portal.as(portal.editor());
			assertThat(code(() -> articles.publish(id))).isEqualTo("platform.forbidden");

			portal.as(portal.networkReviewer());
			articles.publish(id);
			portal.as(portal.editor());
			assertThat(code(() -> articles.withdraw(id, "错误"))).isEqualTo("platform.forbidden");

			assertThat(store.reviews(id)).extracting(PortalStore.ReviewEntry::step)
				.containsExactly("UNIT", "NETWORK", "SECRECY", "PUBLISHING");
			assertThat(jdbc.sql("SELECT action FROM aud_entry WHERE target_type = 'article' AND target_id = ? AND action LIKE 'portal.%' ORDER BY seq")
				.param(Long.toString(id)).query(String.class).list()).containsExactly("portal.article.create",
						"portal.article.submit", "portal.article.review.approve", "portal.article.review.approve",
						"portal.article.review.approve", "portal.article.publish");
		}

		@Test
		void aReviewerReturnsWithACommentAndTheEditorsNewVersionIsKeptBesideTheOld() {
			Channel notices = portal.channel("www", "tzgg");
			portal.as(portal.editor());
			String title = IdentityFixtures.unique("退回测试");
			long id = articles.create(portal.draft(notices, title, "<p>第一稿</p>", SecrecyMark.NONE, DisclosureAttribute.PROACTIVE));
			articles.submit(id);

			portal.as(portal.unitReviewer());
			assertThat(code(() -> articles.review(id, ReviewStep.UNIT, false, " "))).isEqualTo("portal.review.comment_required");
			articles.review(id, ReviewStep.UNIT, false, "请补充时间地点");
			assertThat(articles.article(id).status()).isEqualTo(ArticleStatus.DRAFT);

			portal.as(portal.editor());
			articles.update(id, portal.draft(notices, title + "（修改）", "<p>第二稿：11月25日在县政府</p>", SecrecyMark.NONE,
					DisclosureAttribute.PROACTIVE));
			assertThat(store.versions(id)).extracting(PortalStore.ArticleVersion::version).containsExactly(2, 1);
			assertThat(store.versions(id).get(1).body()).contains("第一稿");
			assertThat(store.reviews(id)).singleElement().satisfies(r -> {
				assertThat(r.decision()).isEqualTo("RETURNED");
				assertThat(r.comment()).isEqualTo("请补充时间地点");
			});
		}
	}

	@Nested
	class Publishing {

		@Test
		void anApprovedArticleIsOnItsPageListsHomeSitemapRssAndSearchWithinASecondAndWithdrawingRemovesItEverywhere()
				throws Exception {
			Channel news = portal.channel("www", "ywdt");
			String marker = IdentityFixtures.unique("qz");
			String title = "示范县召开秋冬季森林防火工作会议" + marker;
			long id = portal.approved(news, title, "<p>会议部署了秋冬季森林防火工作。" + marker + "</p>");

			portal.as(portal.networkReviewer());
			long started = System.nanoTime();
			articles.publish(id);
			jobs.awaitIdle();
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.println("PORTAL approval-to-visible: " + millis + " ms");
			assertThat(millis).as("page visible after publishing (goal ≤ 1 s)").isLessThan(3000);

			String page = read("www", articlePath(news, id));
			assertThat(page).contains(title).contains("<meta name=\"SiteIDCode\" content=\"3399010001\">")
				.contains("<meta name=\"ColumnName\" content=\"要闻动态\">").contains("name=\"ArticleTitle\"")
				.contains("name=\"PubDate\" content=\"2026-11-21\"").contains("name=\"ContentSource\"")
				.contains("name=\"Keywords\"").contains("name=\"Description\"").contains("name=\"Url\"")
				.contains("name=\"SiteName\"").contains("name=\"SiteDomain\"").contains("name=\"ColumnType\"")
				.contains("示ICP备26000001号").contains("示公网安备").contains("3399010001").contains("党政机关")
				.doesNotContain("<script");
			assertThat(read("www", "ywdt/index.html")).contains(title);
			assertThat(read("www", "index.html")).contains(title);
			assertThat(read("www", "sitemap.xml")).contains("/sites/www/" + articlePath(news, id));
			assertThat(read("www", "rss.xml")).contains(title);
			assertThat(found(marker)).containsExactly(id);
			assertThat(found("森林防火 " + marker)).as("words narrow the search down").containsExactly(id);
			assertThat(found("森林防火" + marker + "水库移民")).as("every word must occur").isEmpty();
			mvc.perform(get("/sites/www/" + articlePath(news, id))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(title)));
			mvc.perform(get("/search").param("q", marker)).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("<mark>")));

			portal.as(portal.networkReviewer()); // MockMvc's filter chain cleared this thread's security context
			articles.withdraw(id, "信息有误");
			jobs.awaitIdle();
			assertThat(file("www", articlePath(news, id))).doesNotExist();
			assertThat(read("www", "ywdt/index.html")).doesNotContain(title);
			assertThat(read("www", "index.html")).doesNotContain(title);
			assertThat(read("www", "sitemap.xml")).doesNotContain(articlePath(news, id));
			assertThat(read("www", "rss.xml")).doesNotContain(title);
			assertThat(found(marker)).isEmpty();
			mvc.perform(get("/sites/www/" + articlePath(news, id))).andExpect(status().isNotFound());
		}

		@Test
		void channelListsArePaginated() {
			Channel planning = portal.channel("cgz", "tzgg");
			String prefix = IdentityFixtures.unique("分页");
			for (int i = 0; i < properties.pageSize() + 1; i++) {
				long id = portal.approved(planning, prefix + "-" + i, "<p>通知</p>");
				portal.as(portal.networkReviewer());
				articles.publish(id);
			}
			jobs.awaitIdle();
			assertThat(read("cgz", "tzgg/index.html")).contains("index_2.html");
			assertThat(read("cgz", "tzgg/index_2.html")).contains("tzgg/index.html");
		}

		@Test
		void hostileHtmlIsNeutralisedOnThePublishedPageListAndFeed() {
			Channel news = portal.channel("fgj", "gzdt");
			String marker = IdentityFixtures.unique("xss");
			String title = "<script>alert('t')</script>标题" + marker;
			long id = portal.published(news, title, "<p>正文" + marker + "</p><script>alert(1)</script>"
					+ "<img src=x onerror=alert(2) alt=\"图\"><a href=\"javascript:alert(3)\">链接</a>"
					+ "<iframe src=\"https://evil.example\"></iframe><p style=\"position:fixed\" onclick=\"x()\">点</p>");
			for (String path : List.of(articlePath(news, id), "gzdt/index.html", "index.html", "rss.xml")) {
				String html = read("fgj", path);
				assertThat(html).as(path).doesNotContain("<script").doesNotContain("onerror").doesNotContain("javascript:")
					.doesNotContain("<iframe").doesNotContain("onclick").doesNotContain("position:fixed");
			}
			assertThat(read("fgj", articlePath(news, id))).contains("&lt;script&gt;");
			assertThat(search.search(new SiteSearch.SearchRequest(marker, "fgj", null, null, null, 1, 10)).hits())
				.singleElement().satisfies(hit -> assertThat(hit.title()).doesNotContain("<script"));
		}
	}

	/** 涉密信息不上网: the guard on every public path. */
	@Nested
	class Guard {

		@Test
		void classifiedOrNotDisclosedContentCannotBeSubmitted() {
			Channel news = portal.channel("www", "ywdt");
			portal.as(portal.editor());
			for (SecrecyMark mark : List.of(SecrecyMark.SECRET, SecrecyMark.CONFIDENTIAL, SecrecyMark.TOP_SECRET)) {
				long id = articles.create(portal.draft(news, IdentityFixtures.unique("涉密"), "<p>x</p>", mark,
						DisclosureAttribute.PROACTIVE));
				assertThat(code(() -> articles.submit(id))).isEqualTo("portal.guard.refused");
			}
			long id = articles.create(portal.draft(news, IdentityFixtures.unique("不予公开"), "<p>x</p>", SecrecyMark.NONE,
					DisclosureAttribute.NOT_DISCLOSED));
			assertThat(code(() -> articles.submit(id))).isEqualTo("portal.guard.refused");
		}

		@Test
		void anArticleReclassifiedDuringReviewCannotBeApprovedOrPublished() {
			Channel news = portal.channel("www", "ywdt");
			long id = portal.approved(news, IdentityFixtures.unique("改密"), "<p>x</p>");
			jdbc.sql("UPDATE ptl_article SET secrecy = 'SECRET' WHERE id = ?").param(id).update();
			portal.as(portal.networkReviewer());
			assertThat(code(() -> articles.publish(id))).isEqualTo("portal.guard.refused");
			assertThat(articles.article(id).status()).isEqualTo(ArticleStatus.APPROVED);
		}

		@Test
		void classifiedOrNotDisclosedRowsNeverReachPagesListsSitemapRssOrTheIndexByAnyRoute() throws Exception {
			Channel news = portal.channel("scjg", "gzdt");
			String marker = IdentityFixtures.unique("mm");
			// A published article is later marked 机密 behind the application's back …
			long leaked = portal.published(news, "已发布后被定密" + marker, "<p>" + marker + "</p>");
			jdbc.sql("UPDATE ptl_article SET secrecy = 'CONFIDENTIAL' WHERE id = ?").param(leaked).update();
			// … and rows inserted straight into the table as published, classified and 不予公开.
			long secret = insertPublished(news, "绝密文件" + marker, SecrecyMark.TOP_SECRET, DisclosureAttribute.PROACTIVE);
			long closed = insertPublished(news, "不予公开文件" + marker, SecrecyMark.NONE, DisclosureAttribute.NOT_DISCLOSED);

			// Every route that writes public output: a single-article refresh, a whole-site publish, an index rebuild.
			publisher.refreshArticle(leaked);
			publisher.publishSite("scjg");
			Article leakedRow = store.article(leaked).orElseThrow();
			search.update(leakedRow, news, store.site("scjg").orElseThrow());
			search.rebuild();

			for (long id : List.of(leaked, secret, closed)) {
				assertThat(file("scjg", articlePath(news, id))).as("page of %s", id).doesNotExist();
			}
			for (String path : List.of("gzdt/index.html", "index.html", "sitemap.xml", "rss.xml")) {
				assertThat(read("scjg", path)).as(path).doesNotContain(marker);
			}
			assertThat(found(marker)).isEmpty();
			// The public home page of the app reads the database: the guard applies there too.
			jdbc.sql("UPDATE ptl_article SET channel_id = ? WHERE id IN (?, ?)").params(portal.channel("www", "ywdt").id(), secret, closed)
				.update();
			mvc.perform(get("/")).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(marker))));
		}

		@Test
		void theEditorIsToldInChineseWhyAClassifiedArticleCannotBeSubmitted() throws Exception {
			portal.as(portal.editor());
			var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
			long id = articles.create(portal.draft(portal.channel("www", "ywdt"), IdentityFixtures.unique("机密稿"), "<p>x</p>",
					SecrecyMark.CONFIDENTIAL, DisclosureAttribute.PROACTIVE));
			var login = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(auth);
			var result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/workbench/portal/articles/" + id + "/submit").with(login)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
				.andExpect(status().is3xxRedirection()).andReturn();
			mvc.perform(get("/workbench/portal/articles/" + id).with(login)
				.flashAttrs(result.getFlashMap()))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("涉密信息不上网：密级为“机密”")));
			assertThat(articles.article(id).status()).isEqualTo(ArticleStatus.DRAFT);
		}

		long insertPublished(Channel channel, String title, SecrecyMark secrecy, DisclosureAttribute disclosure) {
			ArticleDraft d = portal.draft(channel, title, "<p>" + title + "</p>", secrecy, disclosure);
			Instant now = Instant.now();
			return store.insert(new Article(0, channel.id(), channel.siteCode(), d.title(), null, d.body(), d.sourceOrg(),
					null, d.date(), null, secrecy, disclosure, null, null, null, ArticleStatus.PUBLISHED, 1, null, now, now), now);
		}
	}

	@Test
	void theNetworkAdministratorRepublishesAWholeSiteInTheBackgroundAndSeesTheSitesChannelTree() throws Exception {
		portal.as(portal.editor());
		assertThat(code(() -> sites.republish("cgz"))).isEqualTo("platform.forbidden");
		portal.as(portal.networkReviewer());
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		Files.deleteIfExists(file("cgz", "index.html"));
		sites.republish("cgz");
		jobs.awaitIdle();
		assertThat(sites.lastRun("cgz").running()).isFalse();
		assertThat(sites.lastRun("cgz").pages()).isPositive();
		assertThat(read("cgz", "index.html")).contains("示范县城关镇人民政府").contains("3399010004");
		mvc.perform(get("/workbench/portal/sites").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(auth)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("乡镇动态")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("14 天")));
	}

	@Test
	void anonymousVisitorsCannotReachTheArticleDesk() throws Exception {
		mvc.perform(get("/workbench/portal/articles")).andExpect(status().is3xxRedirection());
		assertThatThrownBy(() -> articles.create(portal.draft(portal.channel("www", "ywdt"), "x", "x", SecrecyMark.NONE,
				DisclosureAttribute.PROACTIVE))).isInstanceOf(CodedException.class);
	}
}
