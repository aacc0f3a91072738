package org.consortia.workpackage;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Work packages are numbered 1, 2, … and written WP1, WP2, … in URLs and documents. */
public final class WorkPackageCode {

    public static final String PATTERN = "WP[1-9][0-9]?";
    private static final Pattern CODE = Pattern.compile("WP([1-9][0-9]?)");

    private WorkPackageCode() {}

    public static String format(int number) {
        return "WP" + number;
    }

    public static OptionalInt parse(String code) {
        Matcher matcher = CODE.matcher(code == null ? "" : code);
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }
}
