package org.consortia.web;

/** Which paths are pages (HTML for people) rather than the API or the platform's own endpoints. */
public final class HtmlRoutes {

    private HtmlRoutes() {}

    /**
     * Whether the path is a public form, sent by people who are not signed in (an event's registration, its
     * evaluation survey): there is no session, so no synchronizer token, to check.
     */
    public static boolean isPublicForm(String path) {
        return path.startsWith("/register/") || path.startsWith("/survey/");
    }

    public static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/q/");
    }
}
