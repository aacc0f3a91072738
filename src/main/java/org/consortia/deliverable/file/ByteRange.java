package org.consortia.deliverable.file;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One range of a {@code Range: bytes=…} header (the forms {@code a-b}, {@code a-} and {@code -n}), within a file. */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** A position past any file: what a number too large for a {@code long} asks for. */
    private static final long BEYOND = Long.MAX_VALUE;

    /**
     * Empty when the header asks for several ranges or is malformed (the whole file is sent then). A
     * position too large to be read as a number is past the end of any file: such a range cannot be
     * satisfied (416), and such a suffix is the whole file.
     */
    static Optional<ByteRange> parse(String header, long size) {
        Matcher matcher = header == null ? null : SINGLE.matcher(header.strip());
        if (matcher == null
                || !matcher.matches()
                || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            return Optional.empty();
        }
        if (matcher.group(1).isEmpty()) {
            long suffix = position(matcher.group(2));
            return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long first = position(matcher.group(1));
        long last = matcher.group(2).isEmpty() ? size - 1 : Math.min(position(matcher.group(2)), size - 1);
        return Optional.of(new ByteRange(first, last));
    }

    private static long position(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLarge) {
            return BEYOND;
        }
    }

    boolean satisfiable(long size) {
        return first < size && first <= last;
    }

    long length() {
        return last - first + 1;
    }
}
