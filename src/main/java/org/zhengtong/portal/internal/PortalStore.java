package org.zhengtong.portal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengtong.portal.DisclosureAttribute;
import org.zhengtong.portal.SecrecyMark;

/** The portal’s tables (ptl_*), through JdbcClient. */
@Repository
public class PortalStore {

	private static final String ARTICLE_COLUMNS = "id, channel_id, site_code, title, subtitle, body, source_org, author, "
			+ "article_date, keywords, secrecy, disclosure, index_number, doc_number, validity, status, version, "
			+ "created_by, updated_at, published_at";

	private final JdbcClient jdbc;

	PortalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Site> sites() {
		return jdbc.sql("SELECT * FROM ptl_site ORDER BY sort_order").query(PortalStore::site).list();
	}

	public Optional<Site> site(String code) {
		return jdbc.sql("SELECT * FROM ptl_site WHERE code = ?").param(code).query(PortalStore::site).optional();
	}

	public List<Channel> channels(String siteCode) {
		return jdbc.sql("SELECT * FROM ptl_channel WHERE site_code = ? ORDER BY sort_order").param(siteCode)
			.query(PortalStore::channel).list();
	}

	public List<Channel> allChannels() {
		return jdbc.sql("SELECT c.* FROM ptl_channel c JOIN ptl_site s ON s.code = c.site_code ORDER BY s.sort_order, c.sort_order")
			.query(PortalStore::channel).list();
	}

	public Optional<Channel> channel(long id) {
		return jdbc.sql("SELECT * FROM ptl_channel WHERE id = ?").param(id).query(PortalStore::channel).optional();
	}

	public Optional<Channel> channel(String siteCode, String code) {
		return jdbc.sql("SELECT * FROM ptl_channel WHERE site_code = ? AND code = ?").params(siteCode, code)
			.query(PortalStore::channel).optional();
	}

	public Optional<Article> article(long id) {
		return jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM ptl_article WHERE id = ?").param(id)
			.query(PortalStore::article).optional();
	}

	/** Locks the row so that two reviewers cannot move the same article at once. */
	public Optional<Article> articleForUpdate(long id) {
		return jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM ptl_article WHERE id = ? FOR UPDATE").param(id)
			.query(PortalStore::article).optional();
	}

	public List<Article> articlesIn(List<ArticleStatus> statuses, int limit) {
		return jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM ptl_article WHERE status IN (:statuses) ORDER BY updated_at DESC, id DESC LIMIT :limit")
			.param("statuses", statuses.stream().map(Enum::name).toList()).param("limit", limit)
			.query(PortalStore::article).list();
	}

	public List<Article> articlesBy(long userId, int limit) {
		return jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM ptl_article WHERE created_by = ? ORDER BY updated_at DESC, id DESC LIMIT ?")
			.params(userId, limit).query(PortalStore::article).list();
	}

	/** Published articles of a channel, newest first (the guard filters again when rendering). */
	public List<Article> published(long channelId) {
		return jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM ptl_article WHERE channel_id = ? AND status = 'PUBLISHED' "
				+ "ORDER BY article_date DESC, published_at DESC, id DESC")
			.param(channelId).query(PortalStore::article).list();
	}

	public List<Article> publishedInSite(String siteCode) {
		return jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM ptl_article WHERE site_code = ? AND status = 'PUBLISHED' "
				+ "ORDER BY article_date DESC, published_at DESC, id DESC")
			.param(siteCode).query(PortalStore::article).list();
	}

	public long insert(Article a, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO ptl_article (channel_id, site_code, title, subtitle, body, source_org, author, article_date, "
				+ "keywords, secrecy, disclosure, index_number, doc_number, validity, status, version, created_by, created_at, "
				+ "updated_at, published_at) VALUES (:channel, :site, :title, :subtitle, :body, :source, :author, :date, "
				+ ":keywords, :secrecy, :disclosure, :indexNumber, :docNumber, :validity, :status, :version, :createdBy, :now, :now, :publishedAt)")
			.param("channel", a.channelId()).param("site", a.siteCode()).param("title", a.title())
			.param("subtitle", a.subtitle()).param("body", a.body()).param("source", a.sourceOrg())
			.param("author", a.author()).param("date", a.date()).param("keywords", a.keywords())
			.param("secrecy", a.secrecy().name()).param("disclosure", a.disclosure().name())
			.param("indexNumber", a.indexNumber()).param("docNumber", a.docNumber()).param("validity", a.validity())
			.param("status", a.status().name()).param("version", a.version()).param("createdBy", a.createdBy())
			.param("now", ts(now)).param("publishedAt", a.publishedAt() == null ? null : ts(a.publishedAt()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void updateContent(Article a, Instant now) {
		jdbc.sql("UPDATE ptl_article SET channel_id = :channel, site_code = :site, title = :title, subtitle = :subtitle, "
				+ "body = :body, source_org = :source, author = :author, article_date = :date, keywords = :keywords, "
				+ "secrecy = :secrecy, disclosure = :disclosure, index_number = :indexNumber, doc_number = :docNumber, "
				+ "validity = :validity, status = :status, version = :version, updated_at = :now WHERE id = :id")
			.param("channel", a.channelId()).param("site", a.siteCode()).param("title", a.title())
			.param("subtitle", a.subtitle()).param("body", a.body()).param("source", a.sourceOrg())
			.param("author", a.author()).param("date", a.date()).param("keywords", a.keywords())
			.param("secrecy", a.secrecy().name()).param("disclosure", a.disclosure().name())
			.param("indexNumber", a.indexNumber()).param("docNumber", a.docNumber()).param("validity", a.validity())
			.param("status", a.status().name()).param("version", a.version()).param("now", ts(now)).param("id", a.id())
			.update();
	}

	public void setStatus(long id, ArticleStatus status, Instant now) {
		String extra = switch (status) {
			case PUBLISHED -> ", published_at = :now, withdrawn_at = NULL";
			case WITHDRAWN -> ", withdrawn_at = :now";
			default -> "";
		};
		jdbc.sql("UPDATE ptl_article SET status = :status, updated_at = :now" + extra + " WHERE id = :id")
			.param("status", status.name()).param("now", ts(now)).param("id", id).update();
	}

	public void saveVersion(Article a, Long savedBy, Instant now) {
		jdbc.sql("INSERT INTO ptl_article_version (article_id, version, title, subtitle, body, secrecy, disclosure, saved_by, saved_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.version(), a.title(), a.subtitle(), a.body(), a.secrecy().name(), a.disclosure().name(),
					savedBy, ts(now))
			.update();
	}

	public List<ArticleVersion> versions(long articleId) {
		return jdbc.sql("SELECT version, title, body, secrecy, disclosure, saved_at FROM ptl_article_version WHERE article_id = ? ORDER BY version DESC")
			.param(articleId)
			.query((rs, n) -> new ArticleVersion(rs.getInt("version"), rs.getString("title"), rs.getString("body"),
					SecrecyMark.valueOf(rs.getString("secrecy")), DisclosureAttribute.valueOf(rs.getString("disclosure")),
					instant(rs, "saved_at")))
			.list();
	}

	public void addReview(long articleId, int version, ReviewStep step, String decision, String comment, Long reviewerId,
			String reviewerName, Instant now) {
		jdbc.sql("INSERT INTO ptl_review (article_id, version, step, decision, comment, reviewer_id, reviewer_name, decided_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(articleId, version, step == null ? "PUBLISHING" : step.name(), decision, comment, reviewerId, reviewerName, ts(now))
			.update();
	}

	public List<ReviewEntry> reviews(long articleId) {
		return jdbc.sql("SELECT * FROM ptl_review WHERE article_id = ? ORDER BY decided_at, id").param(articleId)
			.query((rs, n) -> new ReviewEntry(rs.getInt("version"), rs.getString("step"), rs.getString("decision"),
					rs.getString("comment"), rs.getString("reviewer_name"), instant(rs, "decided_at")))
			.list();
	}

	public long countPublished() {
		return jdbc.sql("SELECT COUNT(*) FROM ptl_article WHERE status = 'PUBLISHED'").query(Long.class).single();
	}

	private static Site site(ResultSet rs, int n) throws SQLException {
		return new Site(rs.getString("code"), rs.getString("name"), rs.getString("domain"), rs.getString("id_code"),
				rs.getString("host_org"), rs.getString("icp_number"), rs.getString("psb_number"), rs.getString("contact"),
				rs.getString("language"), rs.getString("parent_code"));
	}

	private static Channel channel(ResultSet rs, int n) throws SQLException {
		return new Channel(rs.getLong("id"), rs.getString("site_code"), rs.getString("code"), rs.getString("parent_code"),
				rs.getString("name"), ChannelType.valueOf(rs.getString("type")), rs.getInt("update_days"));
	}

	private static Article article(ResultSet rs, int n) throws SQLException {
		long createdBy = rs.getLong("created_by");
		return new Article(rs.getLong("id"), rs.getLong("channel_id"), rs.getString("site_code"), rs.getString("title"),
				rs.getString("subtitle"), rs.getString("body"), rs.getString("source_org"), rs.getString("author"),
				rs.getObject("article_date", LocalDate.class), rs.getString("keywords"),
				SecrecyMark.valueOf(rs.getString("secrecy")), DisclosureAttribute.valueOf(rs.getString("disclosure")),
				rs.getString("index_number"), rs.getString("doc_number"), rs.getString("validity"),
				ArticleStatus.valueOf(rs.getString("status")), rs.getInt("version"), rs.wasNull() ? null : createdBy,
				instant(rs, "updated_at"), instant(rs, "published_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime ts(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** One saved text of an article. */
	public record ArticleVersion(int version, String title, String body, SecrecyMark secrecy,
			DisclosureAttribute disclosure, Instant savedAt) {
	}

	/** One review decision with its comment. */
	public record ReviewEntry(int version, String step, String decision, String comment, String reviewerName,
			Instant decidedAt) {
	}

}
