package org.consortia.web;

/** Which paths are pages (HTML for people) rather than the API or the platform's own endpoints. */
public final class HtmlRoutes {

    private HtmlRoutes() {}

    public static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/q/");
    }
}
