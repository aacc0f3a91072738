package org.consortia.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Everyone's calendar feeds, for the platform administrator: listed page by page, and revoked. */
@QuarkusTest
class CalendarFeedAdminTest {

    private static final String FEEDS = "/api/admin/calendar-feeds";

    @Test
    void theAdministratorListsEveryonesFeedsAndRevokesOneWhichThenAnswersNoMore() {
        String feed = issue("wrzos-partner");
        long id = feedIdOf("wrzos-partner");

        given().auth()
                .oauth2(Tokens.of("admin"))
                .delete(FEEDS + "/" + id)
                .then()
                .statusCode(204);

        given().get(URI.create(feed).getPath()).then().statusCode(404);
        given().auth()
                .oauth2(Tokens.of("admin"))
                .delete(FEEDS + "/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.of("admin"))
                .queryParam("size", 500)
                .get(FEEDS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        given().auth()
                .oauth2(Tokens.of("wrzos-partner"))
                .get("/api/me/calendar")
                .then()
                .statusCode(404);
    }

    @Test
    void theListIsPaged() {
        issue("nexem-partner");
        issue("elisfa-partner");

        given().auth()
                .oauth2(Tokens.of("admin"))
                .queryParam("page", 1)
                .queryParam("size", 1)
                .get(FEEDS)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("page", equalTo(1))
                .body("size", equalTo(1));
        given().auth()
                .oauth2(Tokens.of("admin"))
                .queryParam("size", 0)
                .get(FEEDS)
                .then()
                .statusCode(400);
    }

    @Test
    void nobodyElseListsOrRevokesFeeds() {
        String feed = issue("unipso-partner");
        long id = feedIdOf("unipso-partner");

        given().auth().oauth2(Tokens.of("unipso-coordinator")).get(FEEDS).then().statusCode(403);
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .delete(FEEDS + "/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("unipso-partner"))
                .delete(FEEDS + "/" + id)
                .then()
                .statusCode(403);
        given().get(FEEDS).then().statusCode(401);

        given().get(URI.create(feed).getPath()).then().statusCode(200);
    }

    private static String issue(String username) {
        return given().auth()
                .oauth2(Tokens.of(username))
                .post("/api/me/calendar")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
    }

    /** The id of {@code username}'s feed, as the administrator's list shows it (active, issued just now). */
    private static long feedIdOf(String username) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(Tokens.of("admin"))
                .queryParam("size", 500)
                .get(FEEDS)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        Map<String, Object> item = items.stream()
                .filter(i -> username.equals(i.get("username")))
                .findFirst()
                .orElseThrow();
        assertEquals("ACTIVE", item.get("ownerStatus"));
        return ((Number) item.get("id")).longValue();
    }
}
