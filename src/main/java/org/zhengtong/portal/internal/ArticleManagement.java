package org.zhengtong.portal.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.identity.CurrentPerson;
import org.zhengtong.platform.audit.AuditRecord;
import org.zhengtong.platform.audit.AuditTrail;
import org.zhengtong.platform.html.RichText;
import org.zhengtong.platform.web.CodedException;
import org.zhengtong.portal.ArticlePublished;
import org.zhengtong.portal.ArticleWithdrawn;

/**
 * 稿件管理 — writing, three-level review (本单位审核 → 网管审核 → 保密审查), publishing and
 * withdrawing. Each step checks its own permission, keeps the history and writes the audit trail;
 * publishing and withdrawing only publish an event, the pages and index follow after commit.
 */
@Service
public class ArticleManagement {

	public static final String EDIT = "portal.article.edit";

	public static final String PUBLISH = "portal.article.publish";

	public static final String WITHDRAW = "portal.article.withdraw";

	private final PortalStore store;

	private final PublicationGuard guard;

	private final CurrentPerson currentPerson;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ArticleManagement(PortalStore store, PublicationGuard guard, CurrentPerson currentPerson, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.store = store;
		this.guard = guard;
		this.currentPerson = currentPerson;
		this.audit = audit;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	public Article article(long id) {
		return store.article(id).orElseThrow(() -> CodedException.notFound("portal.article.not_found", id));
	}

	@Transactional
	public long create(ArticleDraft draft) {
		require(EDIT);
		Channel channel = channel(draft.channelId());
		Instant now = clock.instant();
		Long me = currentPerson.require().id().value();
		Article article = toArticle(0, channel, draft, ArticleStatus.DRAFT, 1, me);
		long id = store.insert(article, now);
		store.saveVersion(withId(article, id), me, now);
		audit.record(AuditRecord.success("portal.article.create", "article", id));
		return id;
	}

	@Transactional
	public void update(long id, ArticleDraft draft) {
		require(EDIT);
		Article current = locked(id);
		if (!current.status().editable()) {
			throw CodedException.conflict("portal.article.not_editable");
		}
		Channel channel = channel(draft.channelId());
		Instant now = clock.instant();
		Long me = currentPerson.require().id().value();
		Article changed = toArticle(id, channel, draft, ArticleStatus.DRAFT, current.version() + 1, current.createdBy());
		store.updateContent(changed, now);
		store.saveVersion(changed, me, now);
		audit.record(AuditRecord.success("portal.article.update", "article", id).withDetail("v" + changed.version()));
	}

	/** Sends a draft to 本单位审核; classified or 不予公开 content is refused here already. */
	@Transactional
	public void submit(long id) {
		require(EDIT);
		Article article = locked(id);
		if (!article.status().editable()) {
			throw CodedException.conflict("portal.article.wrong_state");
		}
		guard.requirePublic(article);
		store.setStatus(id, ArticleStatus.UNIT_REVIEW, clock.instant());
		audit.record(AuditRecord.success("portal.article.submit", "article", id));
	}

	/** One review level approves (to the next level) or returns the article to its editor with a comment. */
	@Transactional
	public void review(long id, ReviewStep step, boolean approve, String comment) {
		require(step.permission());
		Article article = locked(id);
		if (article.status() != step.waiting()) {
			throw CodedException.conflict("portal.article.wrong_state");
		}
		if (!approve && (comment == null || comment.isBlank())) {
			throw CodedException.unprocessable("portal.review.comment_required");
		}
		if (approve) {
			guard.requirePublic(article);
		}
		Instant now = clock.instant();
		CurrentPerson.Person me = currentPerson.require();
		store.addReview(id, article.version(), step, approve ? "APPROVED" : "RETURNED", blankToNull(comment),
				me.id().value(), me.displayName(), now);
		store.setStatus(id, approve ? step.next() : ArticleStatus.DRAFT, now);
		audit.record(AuditRecord.success(approve ? "portal.article.review.approve" : "portal.article.review.return",
				"article", id).withDetail(step.name()));
	}

	@Transactional
	public void publish(long id) {
		require(PUBLISH);
		Article article = locked(id);
		if (article.status() != ArticleStatus.APPROVED) {
			throw CodedException.conflict("portal.article.wrong_state");
		}
		guard.requirePublic(article);
		Instant now = clock.instant();
		CurrentPerson.Person me = currentPerson.require();
		store.setStatus(id, ArticleStatus.PUBLISHED, now);
		store.addReview(id, article.version(), null, "PUBLISHED", null, me.id().value(), me.displayName(), now);
		events.publishEvent(new ArticlePublished(id, article.siteCode(), now));
		audit.record(AuditRecord.success("portal.article.publish", "article", id));
	}

	/** 撤稿: the page, its list entries and its search hit disappear after commit. */
	@Transactional
	public void withdraw(long id, String reason) {
		require(WITHDRAW);
		Article article = locked(id);
		if (article.status() != ArticleStatus.PUBLISHED) {
			throw CodedException.conflict("portal.article.wrong_state");
		}
		if (reason == null || reason.isBlank()) {
			throw CodedException.unprocessable("portal.article.withdraw.reason_required");
		}
		Instant now = clock.instant();
		CurrentPerson.Person me = currentPerson.require();
		store.setStatus(id, ArticleStatus.WITHDRAWN, now);
		store.addReview(id, article.version(), null, "WITHDRAWN", reason.trim(), me.id().value(), me.displayName(), now);
		events.publishEvent(new ArticleWithdrawn(id, article.siteCode(), now));
		audit.record(AuditRecord.success("portal.article.withdraw", "article", id));
	}

	/** The review levels the signed-in person may act on. */
	public List<ReviewStep> myReviewSteps() {
		return List.of(ReviewStep.values()).stream().filter(step -> holds(step.permission())).toList();
	}

	public static boolean holds(String permission) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority).anyMatch(permission::equals);
	}

	private static void require(String permission) {
		if (!holds(permission)) {
			throw CodedException.forbidden("platform.forbidden");
		}
	}

	private Article locked(long id) {
		return store.articleForUpdate(id).orElseThrow(() -> CodedException.notFound("portal.article.not_found", id));
	}

	private Channel channel(long id) {
		return store.channel(id).orElseThrow(() -> CodedException.unprocessable("portal.channel.not_found"));
	}

	static Article toArticle(long id, Channel channel, ArticleDraft d, ArticleStatus status, int version, Long createdBy) {
		return new Article(id, channel.id(), channel.siteCode(), d.title().trim(), blankToNull(d.subtitle()),
				RichText.sanitize(d.body()), d.sourceOrg().trim(), blankToNull(d.author()), d.date(),
				blankToNull(d.keywords()), d.secrecy(), d.disclosure(), blankToNull(d.indexNumber()),
				blankToNull(d.docNumber()), blankToNull(d.validity()), status, version, createdBy, null, null);
	}

	private static Article withId(Article a, long id) {
		return new Article(id, a.channelId(), a.siteCode(), a.title(), a.subtitle(), a.body(), a.sourceOrg(), a.author(),
				a.date(), a.keywords(), a.secrecy(), a.disclosure(), a.indexNumber(), a.docNumber(), a.validity(),
				a.status(), a.version(), a.createdBy(), a.updatedAt(), a.publishedAt());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
