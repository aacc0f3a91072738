package org.consortia.attendance;

import java.util.ArrayList;
import java.util.List;
import org.consortia.common.Texts;
import org.jboss.resteasy.reactive.RestForm;

/** An evaluation survey as ticked on its page: a score per question (radio buttons, 1 to 5), a comment. */
public class SurveyFields {

    @RestForm
    public String score1;

    @RestForm
    public String score2;

    @RestForm
    public String score3;

    @RestForm
    public String score4;

    @RestForm
    public String score5;

    @RestForm
    public String comment;

    static SurveyFields blank() {
        return new SurveyFields();
    }

    /** The score ticked for question {@code number} (1…), as typed. */
    public String score(int number) {
        return switch (number) {
            case 1 -> score1;
            case 2 -> score2;
            case 3 -> score3;
            case 4 -> score4;
            case 5 -> score5;
            default -> null;
        };
    }

    /** The scores, one per question, null where none was ticked or what came is not a score (the service says so). */
    List<Integer> scores(int questions) {
        List<Integer> scores = new ArrayList<>();
        for (int number = 1; number <= questions; number++) {
            String typed = Texts.strippedOrNull(score(number));
            scores.add(typed == null ? null : typed.matches("[0-9]{1,2}") ? Integer.valueOf(typed) : -1);
        }
        return scores;
    }

    public List<Integer> choices() {
        return List.of(1, 2, 3, 4, 5);
    }
}
