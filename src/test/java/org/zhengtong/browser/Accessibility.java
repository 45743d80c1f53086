package org.zhengtong.browser;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core checks of the page in the browser (WCAG 2.x A and AA rules). The axe script comes
 * from the axe-core Selenium jar, so nothing is fetched at test time.
 */
public final class Accessibility {

	private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	private Accessibility() {
	}

	/** Runs axe on the current page and fails, naming each rule and element, on serious or critical violations. */
	public static void assertNoSeriousViolations(WebDriver driver) {
		Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
		assertThat(results.isErrored()).as("axe-core failed to run: %s", results.getErrorMessage()).isFalse();
		assertThat(results.getPasses()).as("axe-core checked no rule at all on %s", results.getUrl()).isNotEmpty();
		List<Rule> blocking = results.getViolations()
			.stream()
			.filter(rule -> BLOCKING.contains(rule.getImpact()))
			.toList();
		List<Rule> minor = results.getViolations()
			.stream()
			.filter(rule -> !BLOCKING.contains(rule.getImpact()))
			.toList();
		if (!minor.isEmpty()) {
			System.err.println("NOTE: moderate or minor accessibility findings on " + results.getUrl() + ":\n"
					+ describe(minor));
		}
		assertThat(blocking).as("serious or critical accessibility violations on %s:%n%s", results.getUrl(),
				describe(blocking)).isEmpty();
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
					+ rule.getHelpUrl() + "\n" + rule.getNodes()
						.stream()
						.map(CheckedNode::getHtml)
						.map(html -> "    " + html)
						.collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}
}
