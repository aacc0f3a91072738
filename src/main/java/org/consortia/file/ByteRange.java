package org.consortia.file;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One range of a {@code Range: bytes=…} header (the forms {@code a-b}, {@code a-} and {@code -n}), within a file. */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** Empty when the header asks for several ranges or is malformed (the whole file is sent then). */
    static Optional<ByteRange> parse(String header, long size) {
        Matcher matcher = header == null ? null : SINGLE.matcher(header.strip());
        if (matcher == null || !matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            return Optional.empty();
        }
        if (matcher.group(1).isEmpty()) {
            long suffix = Long.parseLong(matcher.group(2));
            return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long first = Long.parseLong(matcher.group(1));
        long last = matcher.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(matcher.group(2)), size - 1);
        return Optional.of(new ByteRange(first, last));
    }

    boolean satisfiable(long size) {
        return first < size && first <= last;
    }

    long length() {
        return last - first + 1;
    }
}
