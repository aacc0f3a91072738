package org.consortia.testsupport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh copy of a demo document under a unique acronym, for a test that changes what a whole demo plan holds
 * (its reporting periods, work packages, many deliverables) and must leave the shared demo consortium as it found
 * it. The copy has the demo organisations, partners and reviewers, so the demo accounts work on it as on the
 * original. Imported through the API by the platform administrator, as {@link DemoConsortium} does.
 */
public final class DemoCopy {

    /** The project's acronym, the one line of a demo document that names it at this indentation. */
    private static final Pattern ACRONYM = Pattern.compile("(?m)^  acronym: (\\S+)$");

    private DemoCopy() {}

    /**
     * Imports the demo document at {@code resource} (e.g. {@code demo/foresee.yaml}) under a fresh acronym made of
     * the original's first letter and six random capitals or digits; returns that acronym.
     */
    public static String of(String resource) {
        String document = DemoConsortium.read(resource);
        Matcher acronym = ACRONYM.matcher(document);
        if (!acronym.find()) {
            throw new IllegalArgumentException(resource + " names no project acronym");
        }
        String copy = Fixtures.unique(acronym.group(1).substring(0, 1));
        DemoConsortium.importAsAdmin(acronym.replaceFirst("  acronym: " + copy));
        return copy;
    }
}
