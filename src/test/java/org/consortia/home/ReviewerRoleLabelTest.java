package org.consortia.home;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoPartnersProject;
import org.consortia.testsupport.PageSession;
import org.junit.jupiter.api.Test;

/** The funder's reviewer is the project officer of an EU grant, and the funder's reviewer of another project. */
@QuarkusTest
class ReviewerRoleLabelTest {

    @Test
    void theHomePageNamesTheReviewersRoleInTheWordsOfEachFunder() {
        DemoConsortium.load();
        DemoPartnersProject.create(); // not marked as an EU grant
        PageSession.of("ec-reviewer")
                .given()
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("<dd>Project officer (funder)</dd>"))
                .body(containsString("<dd>Funder&#39;s reviewer</dd>"));
    }
}
