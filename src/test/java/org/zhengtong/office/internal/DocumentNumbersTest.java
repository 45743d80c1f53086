package org.zhengtong.office.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** GB/T 9704-2012 number and date formats, and the kinds of 《党政机关公文处理工作条例》. */
class DocumentNumbersTest {

	@Test
	void documentNumberUsesHexagonalBracketsWithoutDiOrLeadingZeros_GBT9704_7_2_4() {
		assertThat(DocumentNumbers.format("县政办发", 2026, 12)).isEqualTo("县政办发〔2026〕12号");
		assertThat(DocumentNumbers.format("县政办发", 2026, 1)).isEqualTo("县政办发〔2026〕1号").doesNotContain("第", "001");
		assertThatThrownBy(() -> DocumentNumbers.format("县政办发", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void dateInArabicNumeralsWithoutLeadingZeros_GBT9704_7_3_5() {
		assertThat(DocumentNumbers.date(LocalDate.of(2026, 3, 5))).isEqualTo("2026年3月5日");
		assertThat(DocumentNumbers.date(LocalDate.of(2026, 11, 23))).isEqualTo("2026年11月23日");
	}

	@Test
	void fifteenKindsAndOnlyRequestsAndReportsAreUpward() {
		assertThat(DocumentKind.values()).hasSize(15);
		assertThat(DocumentKind.values()).filteredOn(DocumentKind::upward)
			.containsExactlyInAnyOrder(DocumentKind.REQUEST, DocumentKind.REPORT);
	}

	@Test
	void bodyParagraphsBreakOnTheTwentyEightCharacterGrid() {
		assertThat(OfdLayout.wrap("一".repeat(60), OfdLayout.CHARS, OfdLayout.SIZE_3)).extracting(String::length)
			.containsExactly(28, 28, 4);
		assertThat(OfdLayout.paragraphs("<p>一、总则</p><p>正文&amp;内容<br>第二行</p>")).containsExactly("一、总则", "正文&内容", "第二行");
	}
}
