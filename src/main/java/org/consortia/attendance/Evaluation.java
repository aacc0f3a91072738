package org.consortia.attendance;

import java.math.BigDecimal;
import java.util.List;

/**
 * The results of an event's evaluation survey: how many were invited and answered, and per question the average and
 * how many gave each score; never who answered what. Frozen in periodic reports: fields may be added, never renamed.
 */
public record Evaluation(String code, String title, long invited, long answers, List<QuestionResult> questions) {

    /** A question's results: how many scored it, their average (one decimal), how many gave 1, 2, 3, 4 and 5. */
    public record QuestionResult(
            StandardQuestion standard, String text, long answers, BigDecimal average, List<Long> counts) {

        /** The share of its answers with each score, in per cent, for the bars. */
        public List<Long> percentages() {
            return counts.stream()
                    .map(count -> answers == 0 ? 0L : Math.round(count * 100.0 / answers))
                    .toList();
        }
    }
}
