package org.zhengtong.portal;

import java.time.LocalDate;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.IdentityFixtures;
import org.zhengtong.portal.internal.ArticleDraft;
import org.zhengtong.portal.internal.ArticleManagement;
import org.zhengtong.portal.internal.Channel;
import org.zhengtong.portal.internal.PortalStore;
import org.zhengtong.portal.internal.PublishingJobs;
import org.zhengtong.portal.internal.ReviewStep;

/** The portal's cast (editor and the three reviewers, made fresh per test class) and a few shortcuts. */
@Component
public class PortalFixtures {

	private final IdentityFixtures identity;

	private final UserDetailsService users;

	private final ArticleManagement articles;

	private final PortalStore store;

	private final PublishingJobs jobs;

	private IdentityFixtures.Staff editor;

	private IdentityFixtures.Staff unit;

	private IdentityFixtures.Staff network;

	private IdentityFixtures.Staff secrecy;

	public PortalFixtures(IdentityFixtures identity, UserDetailsService users, ArticleManagement articles, PortalStore store,
			PublishingJobs jobs) {
		this.identity = identity;
		this.users = users;
		this.articles = articles;
		this.store = store;
		this.jobs = jobs;
	}

	public IdentityFixtures.Staff editor() {
		if (editor == null) {
			editor = identity.staff("SITE_EDITOR");
		}
		return editor;
	}

	public IdentityFixtures.Staff unitReviewer() {
		if (unit == null) {
			unit = identity.staff("REVIEWER_UNIT");
		}
		return unit;
	}

	public IdentityFixtures.Staff networkReviewer() {
		if (network == null) {
			network = identity.staff("REVIEWER_NETWORK");
		}
		return network;
	}

	public IdentityFixtures.Staff secrecyReviewer() {
		if (secrecy == null) {
			secrecy = identity.staff("REVIEWER_SECRECY");
		}
		return secrecy;
	}

	/** Acts as this person from now on in the current thread (as after password + second factor). */
	public void as(IdentityFixtures.Staff staff) {
		UserDetails user = users.loadUserByUsername(staff.username());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	public Channel channel(String site, String code) {
		return store.channel(site, code).orElseThrow();
	}

	public ArticleDraft draft(Channel channel, String title, String body, SecrecyMark secrecy, DisclosureAttribute disclosure) {
		return new ArticleDraft(channel.id(), title, null, body, "示范县人民政府办公室", "测试", LocalDate.of(2026, 11, 21),
				"测试 关键词", secrecy, disclosure, null, null, null);
	}

	/** Writes, submits and passes all three reviews; returns the approved article's id. */
	public long approved(Channel channel, String title, String body) {
		as(editor());
		long id = articles.create(draft(channel, title, body, SecrecyMark.NONE, DisclosureAttribute.PROACTIVE));
		articles.submit(id);
		as(unitReviewer());
		articles.review(id, ReviewStep.UNIT, true, null);
		as(networkReviewer());
		articles.review(id, ReviewStep.NETWORK, true, null);
		as(secrecyReviewer());
		articles.review(id, ReviewStep.SECRECY, true, "无涉密内容");
		return id;
	}

	/** Approved, then published by the network administrator; waits for the publishing job. */
	public long published(Channel channel, String title, String body) {
		long id = approved(channel, title, body);
		as(networkReviewer());
		articles.publish(id);
		jobs.awaitIdle();
		return id;
	}

	public void signOut() {
		SecurityContextHolder.clearContext();
	}
}
