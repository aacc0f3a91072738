package org.consortia.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every page: in the chosen language, with a content policy that allows only this site, a flash shown once. */
@QuarkusTest
class PageResponsesTest {

    @Test
    void theLanguageChosenWithTheSwitchWinsOverTheBrowsers() {
        String cookie = given().redirects()
                .follow(false)
                .queryParam("lang", "fr")
                .queryParam("return", "/")
                .get("/language")
                .then()
                .statusCode(303)
                .extract()
                .cookie(Language.COOKIE);

        given().cookie(Language.COOKIE, cookie)
                .header("Accept-Language", "en-GB")
                .get("/")
                .then()
                .statusCode(200)
                .header("Content-Language", "fr")
                .body(
                        containsString("<html lang=\"fr\""),
                        containsString("Se connecter"),
                        not(containsString(">Sign in<")));
    }

    @Test
    void pagesAllowNothingButThisSiteAndAreNotCachedForOthers() {
        given().get("/")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", containsString("private"));
    }

    @Test
    void aFlashMessageIsShownOnceThenCleared() {
        given().cookie(Flash.COOKIE, "Saved.")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("Saved."))
                .header("Set-Cookie", containsString(Flash.COOKIE + "=; Path=/; Max-Age=0"));
    }

    @Test
    void theSwitchNeverSendsAVisitorToAnotherSite() {
        given().redirects()
                .follow(false)
                .queryParam("lang", "fr")
                .queryParam("return", "//evil.example/")
                .get("/language")
                .then()
                .statusCode(303)
                .header("Location", not(containsString("evil")));
    }
}
