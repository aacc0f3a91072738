package org.consortia.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an operator relies on: readiness of the real dependencies, metrics, request ids, security headers. */
@QuarkusTest
class OperationsTest {

    @Inject
    PlatformMetrics metrics;

    @BeforeEach
    void loadDemoProjects() {
        DemoConsortium.load();
    }

    @Test
    void readinessCoversTheDatabaseAndTheIdentityProvider() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(
                        "status",
                        equalTo("UP"),
                        "checks.name",
                        hasItem("Identity provider"),
                        "checks.name",
                        hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsShowRequestsThePoolMailsUploadsAndOverdueDeliverablesPerProject() {
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .get("/api/projects/FORESEE")
                .then()
                .statusCode(200);
        metrics.refresh();
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(
                        containsString("http_server_requests_seconds_count"),
                        containsString("agroal_"),
                        containsString("consortia_mails_pending"),
                        containsString("consortia_mails_sent_total"),
                        containsString("consortia_deliverables_overdue{project=\"FORESEE\"}"));
    }

    @Test
    void behindAnHttpsProxyThePlatformsCookiesAreSecure() {
        given().redirects()
                .follow(false)
                .header("X-Forwarded-Proto", "https")
                .get("/language?lang=fr&return=/")
                .then()
                .statusCode(303)
                .header("Set-Cookie", allOf(containsString("HttpOnly"), containsString("Secure")));
        given().redirects()
                .follow(false)
                .get("/language?lang=fr&return=/")
                .then()
                .statusCode(303)
                .header("Set-Cookie", not(containsString("Secure")));
    }

    @Test
    void everyAnswerCarriesARequestIdAndTheSecurityHeaders() {
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get("/api/me")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        given().header("X-Request-Id", "proxy-42")
                .get("/api/me")
                .then()
                .statusCode(401)
                .header("X-Request-Id", "proxy-42");
        given().header("X-Request-Id", "<script>")
                .get("/")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .header("Referrer-Policy", "same-origin")
                .header("Content-Security-Policy", containsString("default-src 'self'"));
    }
}
