package org.zhengtong.portal.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * 站内搜索 — one Lucene index (smartcn word segmentation) for the whole site group, under
 * {@code zt.portal.search-dir}. Only what {@link PublicationGuard} lets through is ever added;
 * changes are visible to the next search at once (near-real-time reader), and committed to disk.
 */
@Component
public class SiteSearch implements DisposableBean {


	private final PublicationGuard guard;

	private final PortalStore store;

	private final Analyzer analyzer = new SmartChineseAnalyzer();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	SiteSearch(PublicationGuard guard, PortalStore store, PortalProperties properties) throws IOException {
		this.guard = guard;
		this.store = store;
		Files.createDirectories(properties.searchDir());
		this.writer = new IndexWriter(FSDirectory.open(properties.searchDir()),
				new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
		this.searchers = new SearcherManager(writer, null);
	}

	/** Adds or replaces the article when the guard allows it, removes it otherwise. */
	public void update(Article article, Channel channel, Site site) {
		updateWithoutRefresh(article, channel, site);
		refresh(true);
	}

	void updateWithoutRefresh(Article article, Channel channel, Site site) {
		try {
			Term id = new Term("id", Long.toString(article.id()));
			if (!guard.publiclyVisible(article)) {
				writer.deleteDocuments(id);
				return;
			}
			Document doc = new Document();
			doc.add(new StringField("id", Long.toString(article.id()), Field.Store.YES));
			doc.add(new StringField("site", site.code(), Field.Store.YES));
			doc.add(new StringField("channel", channel.code(), Field.Store.YES));
			doc.add(new StoredField("siteName", site.name()));
			doc.add(new StoredField("channelName", channel.name()));
			doc.add(new TextField("title", article.title(), Field.Store.YES));
			doc.add(new TextField("body", article.plainText(), Field.Store.YES));
			doc.add(new TextField("keywords", article.keywords() == null ? "" : article.keywords(), Field.Store.NO));
			doc.add(new StringField("source", article.sourceOrg(), Field.Store.YES));
			long day = article.date().toEpochDay();
			doc.add(new LongPoint("date", day));
			doc.add(new NumericDocValuesField("dateSort", day));
			doc.add(new StoredField("dateValue", day));
			doc.add(new StoredField("url", StaticPublisher.href(site.code(), StaticPublisher.articlePath(channel, article.id()))));
			writer.updateDocument(id, doc);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void remove(long articleId) {
		try {
			writer.deleteDocuments(new Term("id", Long.toString(articleId)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		refresh(true);
	}

	/** Rebuilds the index from the published articles (first start, or after the index was lost). */
	public int rebuild() {
		try {
			writer.deleteAll();
			int count = 0;
			for (Site site : store.sites()) {
				for (Channel channel : store.channels(site.code())) {
					for (Article article : store.published(channel.id())) {
						updateWithoutRefresh(article, channel, site);
						count++;
					}
				}
			}
			refresh(true);
			return count;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int size() {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void refresh(boolean commit) {
		try {
			if (commit) {
				writer.commit();
			}
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Full-text search with optional site, channel and date filters, newest first within relevance ties. */
	public Results search(SearchRequest request) {
		if (request.text() == null || request.text().isBlank()) {
			return new Results(List.of(), 0);
		}
		try {
			Query text = allWords(request.text().trim());
			if (text == null) {
				return new Results(List.of(), 0);
			}
			BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
			if (request.site() != null && !request.site().isBlank()) {
				query.add(new TermQuery(new Term("site", request.site())), Occur.FILTER);
			}
			if (request.channel() != null && !request.channel().isBlank()) {
				query.add(new TermQuery(new Term("channel", request.channel())), Occur.FILTER);
			}
			if (request.from() != null || request.to() != null) {
				long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
				long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
				query.add(LongPoint.newRangeQuery("date", from, to), Occur.FILTER);
			}
			Query built = query.build();
			IndexSearcher searcher = searchers.acquire();
			try {
				int offset = Math.max(0, request.page() - 1) * request.size();
				Sort sort = new Sort(SortField.FIELD_SCORE, new SortField("dateSort", SortField.Type.LONG, true));
				TopDocs top = searcher.search(built, offset + request.size(), sort, false);
				Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
						new QueryScorer(text));
				List<Hit> hits = new ArrayList<>();
				for (int i = offset; i < top.scoreDocs.length; i++) {
					Document doc = searcher.storedFields().document(top.scoreDocs[i].doc);
					hits.add(new Hit(Long.parseLong(doc.get("id")), doc.get("site"), doc.get("siteName"), doc.get("channelName"),
							highlight(highlighter, "title", doc.get("title")), highlight(highlighter, "body", doc.get("body")),
							LocalDate.ofEpochDay(doc.getField("dateValue").numericValue().longValue()), doc.get("url")));
				}
				return new Results(hits, top.totalHits.value);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every word of the visitor’s text must occur (in title, body or keywords; title counts double).
	 * Chinese has no spaces, so the classic query parser would OR the words smartcn finds in one
	 * phrase; a site search is expected to narrow down as words are added.
	 */
	private Query allWords(String text) throws IOException {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		int words = 0;
		try (TokenStream tokens = analyzer.tokenStream("body", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken() && words < 32) {
				String word = term.toString();
				all.add(new BooleanQuery.Builder()
					.add(new BoostQuery(new TermQuery(new Term("title", word)), 2f), Occur.SHOULD)
					.add(new TermQuery(new Term("body", word)), Occur.SHOULD)
					.add(new TermQuery(new Term("keywords", word)), Occur.SHOULD)
					.build(), Occur.MUST);
				words++;
			}
			tokens.end();
		}
		return words == 0 ? null : all.build();
	}

	/** Escaped text with the matches in {@code <mark>}; safe for th:utext. */
	private String highlight(Highlighter highlighter, String field, String text) {
		try {
			String fragment = highlighter.getBestFragments(analyzer.tokenStream(field, text), text, 2, " … ");
			if (fragment != null && !fragment.isBlank()) {
				return fragment;
			}
		}
		catch (IOException | InvalidTokenOffsetsException ex) {
			// fall through to the plain start of the text
		}
		String start = text.length() > 120 ? text.substring(0, 120) + "…" : text;
		return HtmlUtils.htmlEscape(start, "UTF-8");
	}

	@Override
	public void destroy() throws IOException {
		searchers.close();
		writer.close();
	}

	/** What a visitor asked for. */
	public record SearchRequest(String text, String site, String channel, LocalDate from, LocalDate to, int page, int size) {
	}

	/** One hit; title and snippet are HTML-escaped with {@code <mark>} around the matches. */
	public record Hit(long id, String site, String siteName, String channelName, String title, String snippet,
			LocalDate date, String url) {
	}

	public record Results(List<Hit> hits, long total) {
	}

}
