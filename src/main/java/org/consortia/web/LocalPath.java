package org.consortia.web;

/** Where a "return to" parameter may send a visitor: a path of this site, never another site. */
final class LocalPath {

    private LocalPath() {}

    static String orHome(String path) {
        boolean local = path != null
                && path.startsWith("/")
                && !path.startsWith("//")
                && !path.startsWith("/\\")
                && path.chars().noneMatch(c -> c < 0x20);
        return local ? path : "/";
    }
}
