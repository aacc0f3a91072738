package org.consortia.amendment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.SignedInPages;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** The amendments page with real sessions: the coordinator requests, the funder's reviewer decides, a stranger sees none. */
@QuarkusTest
class AmendmentPageTest {

    @TestHTTPResource("/")
    URI testUri;

    @Test
    void theCoordinatorRequestsOnThePageAndTheReviewerDecidesThere() {
        DemoPartnersProject project = DemoPartnersProject.create();
        String page = "/projects/" + project.acronym() + "/amendments";
        SignedInPages coordinator = SignedInPages.as("unipso-coordinator", testUri);
        SignedInPages reviewer = SignedInPages.as("ec-reviewer", testUri);

        HttpResponse<String> refused = coordinator.submit(
                page, "item", "deliverable:" + DemoPartnersProject.IN_REVIEW, "dueDate", "2026-07-31", "reason", "x");
        assertEquals(400, refused.statusCode());
        assertThat(refused.body(), containsString("already due on 2026-07-31"));
        assertThat(refused.body(), containsString(">x</textarea>"));

        HttpResponse<String> requested = coordinator.submit(
                page,
                "item",
                "deliverable:" + DemoPartnersProject.IN_REVIEW,
                "dueDate",
                "2026-09-15",
                "reason",
                "The survey <b>ran</b> late");
        assertEquals(303, requested.statusCode());
        HttpResponse<String> listed = coordinator.get(page);
        assertThat(listed.body(), containsString("Amendment A1 requested."));
        assertThat(listed.body(), containsString("The survey &lt;b&gt;ran&lt;/b&gt; late"));
        assertThat(listed.body(), not(containsString("value=\"APPROVED\"")));

        HttpResponse<String> toDecide = reviewer.get(page);
        assertThat(toDecide.body(), not(containsString("name=\"reason\"")));
        assertThat(toDecide.body(), containsString("value=\"APPROVED\""));
        HttpResponse<String> decided = reviewer.post(
                page + "/1/decision", SignedInPages.csrfOf(toDecide), "decision", "APPROVED", "comment", "Agreed");
        assertEquals(303, decided.statusCode());
        assertThat(reviewer.get(page).body(), containsString("Agreed"));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(project.api(DemoPartnersProject.IN_REVIEW))
                .then()
                .body("dueDate", equalTo("2026-09-15"));

        assertEquals(404, SignedInPages.as("guest", testUri).get(page).statusCode());
    }
}
