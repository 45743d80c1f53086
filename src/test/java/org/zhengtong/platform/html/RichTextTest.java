package org.zhengtong.platform.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {

	@Nested
	class HostileInput {

		@Test
		void scriptsAreRemovedWithTheirContent() {
			String clean = RichText.sanitize("<p>通知</p><script>alert('x')</script><SCRIPT src=//evil.example/x.js></SCRIPT>");
			assertThat(clean).isEqualTo("<p>通知</p>");
		}

		@ParameterizedTest
		@ValueSource(strings = { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "&#106;avascript:alert(1)",
				"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)", "jav&#x09;ascript:alert(1)",
				"java\nscript:alert(1)", " javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" })
		void linksToScriptsLoseTheirTarget(String href) {
			String clean = RichText.sanitize("<a href=\"" + href + "\">点击</a>");
			assertThat(clean.toLowerCase()).doesNotContain("script").doesNotContain("data:").doesNotContain("href");
			assertThat(clean).contains("点击");
		}

		@Test
		void eventHandlersAreRemoved() {
			String clean = RichText.sanitize("<img src=\"https://example.gov.cn/a.png\" onerror=\"alert(1)\" alt=\"图\">"
					+ "<p onclick=\"alert(2)\" onmouseover=alert(3)>段落</p>");
			assertThat(clean).doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("onclick")
				.doesNotContainIgnoringCase("onmouseover").doesNotContain("alert");
			assertThat(clean).contains("<img src=\"https://example.gov.cn/a.png\" alt=\"图\" />").contains("<p>段落</p>");
		}

		@Test
		void svgAndItsOnloadAreRemoved() {
			String clean = RichText.sanitize("<svg onload=\"alert(1)\"><circle r=\"5\"/></svg><svg><script>alert(2)</script></svg>ok");
			assertThat(clean).isEqualTo("ok");
		}

		@Test
		void stylesAreRemoved() {
			String clean = RichText.sanitize("<p style=\"width: expression(alert(1)); background:url(javascript:alert(2))\">文字</p>"
					+ "<style>body{display:none}</style>");
			assertThat(clean).isEqualTo("<p>文字</p>");
		}

		@Test
		void framesFormsAndObjectsAreRemoved() {
			String clean = RichText.sanitize("<iframe src=\"https://evil.example\"></iframe>"
					+ "<form action=\"https://evil.example\"><input name=\"password\"><button>登录</button></form>"
					+ "<object data=\"x.swf\"></object><embed src=\"x.swf\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">"
					+ "<base href=\"https://evil.example/\">");
			assertThat(clean).doesNotContain("<iframe").doesNotContain("<form").doesNotContain("<input").doesNotContain("<button")
				.doesNotContain("<object").doesNotContain("<embed").doesNotContain("<meta").doesNotContain("<base")
				.doesNotContain("evil");
		}

		@Test
		void imagesOnlyFromWebAddressesOrTheFileStore() {
			assertThat(RichText.sanitize("<img src=\"javascript:alert(1)\" alt=\"x\">")).doesNotContain("javascript");
			assertThat(RichText.sanitize("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"x\">")).doesNotContain("data:");
			assertThat(RichText.sanitize("<img src=\"../../etc/passwd\" alt=\"x\">")).doesNotContain("passwd");
			assertThat(RichText.sanitize("<img src=\"/files/0b7c2a4e-3f5d-4c1e-9a8b-7c6d5e4f3a2b\" alt=\"照片\">"))
				.contains("src=\"/files/0b7c2a4e-3f5d-4c1e-9a8b-7c6d5e4f3a2b\"").contains("alt=\"照片\"");
		}

		@Test
		void markupHiddenInEntitiesStaysText() {
			String clean = RichText.sanitize("&lt;script&gt;alert(1)&lt;/script&gt;<p>&#60;img src=x onerror=alert(1)&#62;</p>");
			assertThat(clean).doesNotContain("<script").doesNotContain("<img");
		}

		@Test
		void brokenMarkupCannotOpenATag() {
			String clean = RichText.sanitize("<p title=\"\"><img src=x onerror=alert(1)>\">文字</p><<script>alert(1)//<</script>");
			assertThat(clean).doesNotContain("onerror=").doesNotContain("<script");
		}

		@Test
		void nothingGivesNothing() {
			assertThat(RichText.sanitize(null)).isEmpty();
		}
	}

	@Nested
	class Formatting {

		@Test
		void headingsParagraphsEmphasisAndListsAreKept() {
			// (The sanitiser writes a full-width colon as &#xff1a;, so that it cannot pass for a scheme's colon.)
			String html = "<h2>关于做好2026年春节假期工作的通知</h2><p><strong>各乡镇</strong>、<em>各部门</em></p>"
					+ "<ol><li>值班</li><li>安全</li></ol><ul><li>一</li></ul><blockquote>引文</blockquote>";
			assertThat(RichText.sanitize(html)).isEqualTo(html);
		}

		@Test
		void tablesAreKept() {
			String html = "<table><caption>表1</caption><thead><tr><th scope=\"col\">事项</th><th scope=\"col\">时限</th></tr></thead>"
					+ "<tbody><tr><td colspan=\"2\">20个工作日</td></tr></tbody></table>";
			assertThat(RichText.sanitize(html)).isEqualTo(html);
		}

		@Test
		void linksAreKeptWithSafeRelations() {
			assertThat(RichText.sanitize("<a href=\"https://www.gov.cn/zhengce/\">政策</a>"))
				.startsWith("<a href=\"https://www.gov.cn/zhengce/\" rel=\"")
				.contains("noopener").contains("noreferrer").contains("nofollow").endsWith("\">政策</a>");
			assertThat(RichText.sanitize("<a href=\"mailto:xzb@example.gov.cn\">来信</a>")).contains("href=\"mailto:xzb&#64;example.gov.cn\""); // @ as an entity: same address
			assertThat(RichText.sanitize("<a href=\"http://example.gov.cn\" target=\"_blank\" rel=\"opener\">x</a>"))
				.contains("noopener").contains("nofollow").doesNotContain("target").doesNotContain(" opener");
		}
	}
}
