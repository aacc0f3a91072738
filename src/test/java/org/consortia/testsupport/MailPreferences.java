package org.consortia.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A demo account's choices for its mails, set through the API as the person would. */
public final class MailPreferences {

    private MailPreferences() {}

    /** The language of {@code user}'s mails, notices and calendar feed (a tag; null: the platform's); no kind muted. */
    public static void language(String user, String language) {
        Map<String, Object> preferences = new HashMap<>();
        preferences.put("language", language);
        preferences.put("mutedKinds", List.of());
        given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(preferences)
                .put("/api/me/preferences")
                .then()
                .statusCode(200);
    }
}
