package org.consortia.testsupport;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pages' accessibility bar, checked by axe-core in the browser: WCAG 2.0 and 2.1, levels A and
 * AA. Minor and moderate findings do not fail a test; serious and critical ones (a form field without
 * a label, text without enough contrast, a page without a language) do.
 */
final class Accessibility {

    private static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private Accessibility() {}

    static void assertNoSeriousViolation(Page page) {
        List<Rule> blocking = new AxeBuilder(page)
                .withTags(WCAG_A_AND_AA).analyze().getViolations().stream()
                        .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                        .toList();
        if (!blocking.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + page.url() + ":\n"
                    + blocking.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    /** The rule, why it matters and where to read more, then each offending element and what to fix. */
    private static String describe(Rule rule) {
        return "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n"
                + rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    " + node.getTarget() + " " + node.getHtml() + "\n      "
                + node.getFailureSummary().replace("\n", "\n      ");
    }
}
