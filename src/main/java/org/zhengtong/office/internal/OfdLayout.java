package org.zhengtong.office.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Div;
import org.ofdrw.layout.element.Paragraph;
import org.ofdrw.layout.element.Position;
import org.ofdrw.layout.element.Span;
import org.ofdrw.layout.element.TextAlign;
import org.springframework.stereotype.Component;

/**
 * 公文版式 — lays out a document per GB/T 9704-2012 into OFD: A4, top margin 37 mm, binding (left)
 * margin 28 mm, text block 156 × 225 mm holding 22 lines of 28 characters of 3号 (16 pt) 仿宋.
 * Lines are broken here, on the character grid, rather than by ofdrw, so every line lands exactly on
 * the grid the standard prescribes. Fonts are referenced by name (see docs/architecture.md for the
 * stand-ins): Debian's Noto CJK faces ship as TTC collections that ofdrw cannot embed.
 */
@Component
public class OfdLayout {

	public static final double PAGE_WIDTH = 210, PAGE_HEIGHT = 297;

	public static final double TOP = 37, LEFT = 28, BLOCK_WIDTH = 156, BLOCK_HEIGHT = 225;

	public static final int LINES = 22, CHARS = 28;

	static final double PITCH = BLOCK_HEIGHT / LINES;

	static final double CELL = BLOCK_WIDTH / CHARS;

	static final double PT = 25.4 / 72;

	/** 3号 = 16 pt; 2号 = 22 pt (title); 4号 = 14 pt (版记, page numbers). */
	static final double SIZE_3 = 16 * PT, SIZE_2 = 22 * PT, SIZE_4 = 14 * PT;

	/** Stand-ins for the faces GB/T 9704 names; Debian's fonts-noto-cjk provides these families. */
	public static final String FANGSONG = "Noto Serif CJK SC", HEITI = "Noto Sans CJK SC",
			KAITI = "Noto Serif CJK SC Medium", XIAOBIAOSONG = "Noto Serif CJK SC Bold", SONGTI = "Noto Serif CJK SC";

	static final int[] RED = { 230, 0, 18 }, BLACK = { 0, 0, 0 };

	/** The stamp is 42 mm across, the usual size of an organisation's seal. */
	public static final double SEAL_SIZE = 42;

	private static final Pattern LEVEL_1 = Pattern.compile("^[一二三四五六七八九十]+、.*");

	private static final Pattern LEVEL_2 = Pattern.compile("^（[一二三四五六七八九十]+）.*");

	private static final Pattern LEVEL_3 = Pattern.compile("^\\d+[.．].*");

	/** Where the seal goes: page index (0-based) and its box in millimetres. */
	public record SealPlace(int page, double x, double y, double width, double height) {
	}

	public record Rendered(byte[] ofd, int pages, SealPlace seal) {
	}

	private record Line(String text, String font, double size, int[] color, TextAlign align, double indentLeft,
			double indentRight) {
	}

	public Rendered render(OfficialDocument doc) {
		List<List<Line>> pages = new ArrayList<>();
		List<Line> page = new ArrayList<>();
		pages.add(page);
		int first = 10; // 标题 starts on grid line 10 of page 1, below the 版头 (mark, number, red rule)
		List<Line> flow = new ArrayList<>();
		for (String titleLine : wrap(doc.title(), 0, SIZE_2)) {
			flow.add(new Line(titleLine, XIAOBIAOSONG, SIZE_2, BLACK, TextAlign.center, 0, 0));
		}
		flow.add(null);
		flow.add(new Line(doc.mainRecipients() + "：", FANGSONG, SIZE_3, BLACK, TextAlign.left, 0, 0));
		for (String paragraph : paragraphs(doc.bodyHtml())) {
			String font = LEVEL_1.matcher(paragraph).matches() ? HEITI
					: LEVEL_2.matcher(paragraph).matches() ? KAITI : FANGSONG;
			List<String> lines = wrap("　　" + paragraph, CHARS, SIZE_3);
			for (String line : lines) {
				flow.add(new Line(line, font, SIZE_3, BLACK, TextAlign.left, 0, 0));
			}
		}
		if (doc.attachmentNote() != null) {
			flow.add(null);
			for (String line : wrap("　　附件：" + doc.attachmentNote(), CHARS, SIZE_3)) {
				flow.add(new Line(line, FANGSONG, SIZE_3, BLACK, TextAlign.left, 0, 0));
			}
		}
		// 署名 and 成文日期: the date 右空四字, the signature centred on the date; the seal sits over both.
		flow.add(null);
		flow.add(null);
		String date = doc.signedOn() == null ? "" : DocumentNumbers.date(doc.signedOn());
		double dateWidth = date.length() * CELL;
		double dateLeft = LEFT + BLOCK_WIDTH - 4 * CELL - dateWidth;
		flow.add(new Line(doc.signatureName(), FANGSONG, SIZE_3, BLACK, TextAlign.center, dateLeft - LEFT + dateWidth / 2
				- doc.signatureName().length() * CELL / 2, 0));
		int signatureIndex = flow.size() - 1;
		flow.add(new Line(date, FANGSONG, SIZE_3, BLACK, TextAlign.right, 0, 4 * CELL));
		if (doc.annotation() != null) {
			for (String line : wrap("　　（" + doc.annotation() + "）", CHARS, SIZE_3)) {
				flow.add(new Line(line, FANGSONG, SIZE_3, BLACK, TextAlign.left, 0, 0));
			}
		}

		int row = first;
		SealPlace seal = null;
		for (int i = 0; i < flow.size(); i++) {
			if (row >= LINES) {
				page = new ArrayList<>();
				pages.add(page);
				row = 0;
			}
			Line line = flow.get(i);
			if (line == null && row == 0) {
				continue; // no blank line at the top of a page
			}
			if (i == signatureIndex && row + 1 >= LINES) {
				page = new ArrayList<>();
				pages.add(page);
				row = 0;
			}
			while (page.size() < row) {
				page.add(null);
			}
			page.add(line);
			if (i == signatureIndex) {
				double centreX = dateLeft + dateWidth / 2;
				double centreY = TOP + (row + 1) * PITCH - 2;
				seal = new SealPlace(pages.size() - 1, centreX - SEAL_SIZE / 2, centreY - SEAL_SIZE / 2, SEAL_SIZE,
						SEAL_SIZE);
			}
			row++;
		}
		return new Rendered(write(doc, pages), pages.size(), seal);
	}

	private byte[] write(OfficialDocument doc, List<List<Line>> pages) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PageLayout a4 = new PageLayout(PAGE_WIDTH, PAGE_HEIGHT);
		a4.setMarginTop(TOP);
		a4.setMarginLeft(LEFT);
		a4.setMarginRight(PAGE_WIDTH - LEFT - BLOCK_WIDTH);
		a4.setMarginBottom(PAGE_HEIGHT - TOP - BLOCK_HEIGHT);
		try (OFDDoc ofd = new OFDDoc(out)) {
			ofd.setDefaultPageLayout(a4);
			for (int p = 0; p < pages.size(); p++) {
				VirtualPage page = new VirtualPage(a4);
				if (p == 0) {
					header(doc, page);
				}
				List<Line> lines = pages.get(p);
				for (int row = 0; row < lines.size(); row++) {
					Line line = lines.get(row);
					if (line != null && !line.text().isEmpty()) {
						page.add(text(line, row));
					}
				}
				if (p == pages.size() - 1) {
					imprint(doc, page);
				}
				pageNumber(page, p + 1);
				ofd.addVPage(page);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** 版头: 份号, 密级和保密期限, 紧急程度 on the first lines; the red 发文机关标志, 发文字号 and the red rule. */
	private void header(OfficialDocument doc, VirtualPage page) {
		int row = 0;
		if (doc.copyNumber() != null) {
			page.add(text(new Line(doc.copyNumber(), HEITI, SIZE_3, BLACK, TextAlign.left, 0, 0), row++));
		}
		if (doc.classified()) {
			String secrecy = doc.classification().label()
					+ (doc.secrecyPeriod() == null ? "" : "★" + doc.secrecyPeriod());
			page.add(text(new Line(secrecy, HEITI, SIZE_3, BLACK, TextAlign.left, 0, 0), row++));
		}
		if (!doc.urgency().label().isEmpty()) {
			page.add(text(new Line(doc.urgency().label(), HEITI, SIZE_3, BLACK, TextAlign.left, 0, 0), row));
		}
		// 发文机关标志: red, centred, its top edge 35 mm below the top of the text block.
		double markSize = Math.min(15, BLOCK_WIDTH / Math.max(1, doc.issuingMark().length()));
		page.add(absolute(doc.issuingMark(), XIAOBIAOSONG, markSize, RED, TextAlign.center, LEFT, TOP + 35, BLOCK_WIDTH,
				0));
		String number = doc.number() == null ? "" : doc.number();
		int numberRow = 7;
		if (doc.kind().upward()) {
			// 上行文: 发文字号 左空一字, 签发人 右空一字 with the name in 楷体.
			page.add(text(new Line(number, FANGSONG, SIZE_3, BLACK, TextAlign.left, CELL, 0), numberRow));
			String signer = doc.signerName() == null ? "" : doc.signerName();
			page.add(text(new Line("签发人：" + signer, FANGSONG, SIZE_3, BLACK, TextAlign.right, 0, CELL), numberRow));
		}
		else {
			page.add(text(new Line(number, FANGSONG, SIZE_3, BLACK, TextAlign.center, 0, 0), numberRow));
		}
		// 红色分隔线: 4 mm below the 发文字号, as wide as the text block.
		double ruleY = TOP + numberRow * PITCH + (PITCH + SIZE_3) / 2 + 4;
		Div rule = new Div(BLOCK_WIDTH, 0.5);
		rule.setPosition(Position.Absolute);
		rule.setX(LEFT);
		rule.setY(ruleY);
		rule.setMargin(0d);
		rule.setPadding(0d);
		rule.setBackgroundColor(RED);
		page.add(rule);
	}

	/** 版记 at the foot of the last page: 抄送 and 印发机关和印发日期 in 4号, between rules. */
	private void imprint(OfficialDocument doc, VirtualPage page) {
		double bottom = TOP + BLOCK_HEIGHT;
		double y = bottom - PITCH;
		String printed = doc.printedOn() == null ? "" : DocumentNumbers.date(doc.printedOn()) + "印发";
		page.add(absolute(doc.printingOrg(), FANGSONG, SIZE_4, BLACK, TextAlign.left, LEFT + SIZE_4, y, 100, 0));
		page.add(absolute(printed, FANGSONG, SIZE_4, BLACK, TextAlign.right, LEFT + 50, y, BLOCK_WIDTH - 50 - SIZE_4, 0));
		rule(page, bottom - 0.5);
		rule(page, y - 1);
		if (doc.copyRecipients() != null) {
			y -= PITCH;
			page.add(absolute("抄送：" + doc.copyRecipients() + "。", FANGSONG, SIZE_4, BLACK, TextAlign.left, LEFT + SIZE_4, y,
					BLOCK_WIDTH - 2 * SIZE_4, 0));
			rule(page, y - 1);
		}
	}

	private static void rule(VirtualPage page, double y) {
		Div rule = new Div(BLOCK_WIDTH, 0.35);
		rule.setPosition(Position.Absolute);
		rule.setX(LEFT);
		rule.setY(y);
		rule.setMargin(0d);
		rule.setPadding(0d);
		rule.setBackgroundColor(BLACK);
		page.add(rule);
	}

	/** 页码: 4号 Arabic numerals with a dash either side, 7 mm below the text block, outer side. */
	private void pageNumber(VirtualPage page, int number) {
		double y = TOP + BLOCK_HEIGHT + 7;
		boolean odd = number % 2 == 1;
		double width = 40;
		double x = odd ? LEFT + BLOCK_WIDTH - SIZE_4 - width : LEFT + SIZE_4;
		page.add(absolute("— " + number + " —", SONGTI, SIZE_4, BLACK, odd ? TextAlign.right : TextAlign.left, x, y, width,
				0));
	}

	private Paragraph text(Line line, int row) {
		double y = TOP + row * PITCH + (PITCH - line.size()) / 2;
		return absolute(line.text(), line.font(), line.size(), line.color(), line.align(), LEFT + line.indentLeft(), y,
				BLOCK_WIDTH - line.indentLeft() - line.indentRight(), line.size() == SIZE_3 ? CELL - SIZE_3 : 0);
	}

	private static Paragraph absolute(String text, String font, double size, int[] color, TextAlign align, double x,
			double y, double width, double letterSpacing) {
		Span span = new Span(new Font(font, font), size, text).setColor(color);
		if (letterSpacing != 0) {
			span.setLetterSpacing(letterSpacing);
		}
		Paragraph paragraph = new Paragraph();
		paragraph.add(span);
		paragraph.setTextAlign(align);
		paragraph.setPosition(Position.Absolute);
		paragraph.setX(x);
		paragraph.setY(y);
		// Left-aligned lines get a little slack so ofdrw never re-wraps a line already broken on the
		// grid; centred and right-aligned lines keep the exact width so they sit where the standard says.
		paragraph.setWidth(align == TextAlign.left ? width + 1 : width);
		paragraph.setMargin(0d);
		paragraph.setPadding(0d);
		paragraph.setLineSpace(0d);
		paragraph.clearFirstLineIndent();
		return paragraph;
	}

	/** Breaks text into lines of at most {@code chars} grid cells; ASCII letters and digits take half a cell. */
	static List<String> wrap(String text, int chars, double size) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		double used = 0;
		double capacity = size == SIZE_3 ? chars : Math.floor(BLOCK_WIDTH / size) - 2;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			double width = c < 0x80 ? 0.5 : 1;
			if (used + width > capacity) {
				lines.add(line.toString());
				line.setLength(0);
				used = 0;
			}
			line.append(c);
			used += width;
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** The body's paragraphs as plain text (the body is sanitised HTML from the editor). */
	static List<String> paragraphs(String html) {
		String text = html.replaceAll("(?i)<br\\s*/?>|</p>|</h[1-6]>|</li>|</div>|</blockquote>", "\n")
			.replaceAll("<[^>]+>", "")
			.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&#34;", "\"")
			.replace("&amp;", "&");
		List<String> paragraphs = new ArrayList<>();
		for (String paragraph : text.split("\n")) {
			String stripped = paragraph.strip();
			if (!stripped.isEmpty()) {
				paragraphs.add(stripped);
			}
		}
		return paragraphs;
	}
}
