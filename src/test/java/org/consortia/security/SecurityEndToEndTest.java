package org.consortia.security;

import static io.restassured.RestAssured.given;
import static org.consortia.testsupport.DemoConsortium.unchanged;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consortia.testsupport.DemoConsortium;
import org.consortia.testsupport.DemoCopy;
import org.consortia.testsupport.KeycloakResource;
import org.consortia.testsupport.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The access rules with real tokens from the real Keycloak, and tokens that must be refused. What only reads, reads
 * the shared FORESEE; what changes a plan changes a copy of it.
 */
@QuarkusTest
class SecurityEndToEndTest {

    private static final String FORESEE = "/api/projects/FORESEE";

    /** The API address of the copy of FORESEE, made once for the tests that change it. */
    private static String copy;

    @Inject
    PersonRepository persons;

    @BeforeEach
    void loadDemoProjects() {
        DemoConsortium.load();
    }

    @Test
    void meDescribesThePartnerAndTheirProjects() {
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body(
                        "username",
                        equalTo("nexem-partner"),
                        "email",
                        equalTo("staff@nexem.example"),
                        "organisations",
                        contains("NEXEM"),
                        "roles",
                        hasItem("partner"))
                .body("projects.find { it.acronym == 'FORESEE' }.standing", equalTo("PARTNER"))
                .body("projects.find { it.acronym == 'FORESEE' }.participationRole", equalTo("BENEFICIARY"));
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .when()
                .get("/api/me")
                .then()
                .body("projects.find { it.acronym == 'FORESEE' }.standing", equalTo("COORDINATOR"));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .when()
                .get("/api/me")
                .then()
                .body(
                        "organisations",
                        empty(),
                        "projects.find { it.acronym == 'FORESEE' }.standing",
                        equalTo("REVIEWER"));
    }

    @Test
    void aPartnerListsOnlyTheProjectsItTakesPartIn() {
        assertThat(
                projectsListedBy("wrzos-partner", "WRZOS"),
                both(hasItem("FORESEE")).and(not(hasItem("NMLS"))));
        assertThat(
                projectsListedBy("metz-coordinator", "METZ"),
                both(hasItem("NMLS")).and(not(hasItem("FORESEE"))));
        given().auth()
                .oauth2(Tokens.of("guest"))
                .when()
                .get("/api/projects")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    /**
     * The acronyms {@code user} lists, each checked to have {@code organisation} among its partners: besides the
     * demo projects, other tests' copies of them and projects of the demo organisations are the user's too.
     */
    private static List<String> projectsListedBy(String user, String organisation) {
        List<String> acronyms = given().auth()
                .oauth2(Tokens.of(user))
                .queryParam("size", 500)
                .when()
                .get("/api/projects")
                .then()
                .statusCode(200)
                .body("total", lessThan(500))
                .extract()
                .path("items.acronym");
        for (String acronym : acronyms) {
            given().auth()
                    .oauth2(Tokens.of("admin"))
                    .queryParam("size", 500)
                    .get("/api/projects/{acronym}/partners", acronym)
                    .then()
                    .statusCode(200)
                    .body("items.organisation", hasItem(organisation));
        }
        return acronyms;
    }

    /** The copy, imported the first time a test needs it. */
    private static String copy() {
        if (copy == null) {
            copy = "/api/projects/" + DemoCopy.of("demo/foresee.yaml");
        }
        return copy;
    }

    @Test
    void theReviewerSeesEveryObligationInTheFundersWordsOnly() {
        int all = given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .queryParam("size", 500)
                .get(FORESEE + "/deliverables")
                .path("total");
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .queryParam("size", 500)
                .when()
                .get(FORESEE + "/deliverables")
                .then()
                .statusCode(200)
                .body("items.status", everyItem(nullValue()))
                .body(
                        "items.funderStatus",
                        everyItem(oneOf("NOT_SUBMITTED", "SUBMITTED", "ACCEPTED", "REVISION_REQUESTED")))
                .body("total", equalTo(all));
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .queryParam("status", "IN_PROGRESS")
                .when()
                .get(FORESEE + "/deliverables")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void theLeadPartnerRecordsTheEventButDoesNotReplan() {
        String foresee = copy();
        String nexem = Tokens.of("nexem-partner");
        Map<String, Object> retitled = unchanged(foresee + "/deliverables/D4.4");
        retitled.put("title", "Another training");
        given().auth()
                .oauth2(nexem)
                .contentType(ContentType.JSON)
                .body(retitled)
                .when()
                .put(foresee + "/deliverables/D4.4")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        Map<String, Object> held = unchanged(foresee + "/deliverables/D4.4");
        @SuppressWarnings("unchecked")
        Map<String, Object> event = new java.util.HashMap<>((Map<String, Object>) held.get("event"));
        event.put("actualParticipants", 31);
        held.put("event", event);
        given().auth()
                .oauth2(nexem)
                .contentType(ContentType.JSON)
                .body(held)
                .when()
                .put(foresee + "/deliverables/D4.4")
                .then()
                .statusCode(200)
                .body("event.actualParticipants", equalTo(31));

        Map<String, Object> promoted = unchanged(foresee + "/deliverables/D4.4");
        promoted.put("status", "IN_PROGRESS");
        given().auth()
                .oauth2(nexem)
                .contentType(ContentType.JSON)
                .body(promoted)
                .when()
                .put(foresee + "/deliverables/D4.4")
                .then()
                .statusCode(409)
                .body("errors.field", org.hamcrest.Matchers.contains("status"));
    }

    @Test
    void whatTheLeadPartnerReadsItMaySendBack() {
        String foresee = copy();
        Map<String, Object> body = new java.util.HashMap<>(given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get(foresee + "/deliverables/D4.5")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap(""));
        body.keySet().removeAll(java.util.List.of("version", "overdue", "dueDateExplicit"));
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put(foresee + "/deliverables/D4.5")
                .then()
                .statusCode(200)
                .body("dueDateExplicit", equalTo(false));
    }

    @Test
    void aPartnerChangesItsContactButNotItsRole() {
        String foresee = copy();
        String nexem = Tokens.of("nexem-partner");
        Map<String, Object> promoted = unchanged(foresee + "/partners/NEXEM", "legalName", "country", "type");
        promoted.put("role", "COORDINATOR");
        given().auth()
                .oauth2(nexem)
                .contentType(ContentType.JSON)
                .body(promoted)
                .when()
                .put(foresee + "/partners/NEXEM")
                .then()
                .statusCode(403);

        Map<String, Object> contact = unchanged(foresee + "/partners/NEXEM", "legalName", "country", "type");
        contact.put("contactName", "European projects desk");
        given().auth()
                .oauth2(nexem)
                .contentType(ContentType.JSON)
                .body(contact)
                .when()
                .put(foresee + "/partners/NEXEM")
                .then()
                .statusCode(200)
                .body("contactName", equalTo("European projects desk"));
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = Tokens.of("nexem-partner").split("\\.");
        String payload =
                new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("\"nexem\"", "\"unipso\"");
        String forged = parts[0] + "."
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        given().auth().oauth2(forged).when().get(FORESEE).then().statusCode(401);
        given().auth().oauth2("not-a-token").when().get(FORESEE).then().statusCode(401);
    }

    @Test
    void aTokenSignedByAnyoneButTheRealmIsRefused() throws Exception {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        given().auth()
                .oauth2(selfSigned(realm))
                .when()
                .get("/api/organisations")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(selfSigned(realm.replace("/realms/consortia", "/realms/master")))
                .when()
                .get("/api/organisations")
                .then()
                .statusCode(401);
    }

    @Test
    void anExpiredTokenIsRefusedThoughTheRealmSignedIt() throws Exception {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        PrivateKey realmKey = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(
                        java.util.Base64.getDecoder().decode(System.getProperty(KeycloakResource.SIGNING_KEY))));
        // The realm may hold other RS256 keys too (in no fixed order): the kid of the one that is ours.
        String modulus = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(unsigned(((java.security.interfaces.RSAPrivateCrtKey) realmKey)
                        .getModulus()
                        .toByteArray()));
        String kid = given().baseUri(realm)
                .get("/protocol/openid-connect/certs")
                .path("keys.find { it.use == 'sig' && it.alg == 'RS256' && it.n == '" + modulus + "' }.kid");
        // The same token, signed by the realm's key: accepted while valid, refused once expired.
        given().auth()
                .oauth2(signed(realm, realmKey, kid, Instant.now().plusSeconds(300)))
                .when()
                .get("/api/organisations")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(signed(realm, realmKey, kid, Instant.now().minusSeconds(60)))
                .when()
                .get("/api/organisations")
                .then()
                .statusCode(401);
    }

    /** A big integer's bytes without the sign byte Java adds, as JWK's {@code n} encodes them. */
    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String signed(String issuer, PrivateKey key, String kid, Instant expiry) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience("consortia-web");
        claims.setSubject("token-expiry-test");
        claims.setClaim("preferred_username", "guest");
        claims.setClaim("typ", "Bearer");
        claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(expiry.getEpochSecond() - 300));
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(expiry.getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setKeyIdHeaderValue(kid);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    /** An administrator's token as a forger would make it: right claims, wrong key. */
    private static String selfSigned(String issuer) throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        var pair = keys.generateKeyPair();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience("consortia-web");
        claims.setSubject("intruder");
        claims.setClaim("preferred_username", "admin");
        claims.setClaim("realm_access", Map.of("roles", java.util.List.of("platform-admin")));
        claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(Instant.now().getEpochSecond()));
        claims.setExpirationTimeMinutesInTheFuture(5);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(pair.getPrivate());
        jws.setKeyIdHeaderValue("intruder-key");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    @Test
    void aTokenIssuedForAnotherClientOfTheRealmIsRefused() {
        String adminCli = given().baseUri(
                        ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class))
                .formParams(
                        "client_id",
                        "admin-cli",
                        "grant_type",
                        "password",
                        "username",
                        "nexem-partner",
                        "password",
                        Tokens.PASSWORD)
                .when()
                .post("/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        given().auth().oauth2(adminCli).when().get("/api/me").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .when()
                .get("/api/me")
                .then()
                .statusCode(200);
    }

    @Test
    void aCoordinatorsImportLeavesSharedOrganisationsAlone() {
        String foresee = copy();
        String exported = given().auth()
                .oauth2(Tokens.of("admin"))
                .accept(ContentType.JSON)
                .get(foresee + "/export")
                .asString();
        org.junit.jupiter.api.Assertions.assertTrue(exported.contains("\"legalName\":\"Nexem\""));
        String plan = exported.replace("\"legalName\":\"Nexem\"", "\"legalName\":\"Renamed by a coordinator\"");
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .contentType(ContentType.JSON)
                .body(plan)
                .when()
                .post("/api/projects/import")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("admin"))
                .get("/api/organisations/NEXEM")
                .then()
                .body("legalName", org.hamcrest.Matchers.not(equalTo("Renamed by a coordinator")));
    }

    @Test
    void anonymousCallersGetAProblemWith401() {
        given().when()
                .get("/api/projects")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        given().auth()
                .oauth2("not-a-token")
                .when()
                .get("/api/projects")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aPersonIsRecordedTheFirstTimeTheyCall() {
        String subject = given().auth()
                .oauth2(Tokens.of("elisfa-partner"))
                .get("/api/me")
                .path("subject");
        Person person = QuarkusTransaction.requiringNew()
                .call(() -> persons.findBySubject(subject).orElseThrow());
        assertEquals("elisfa-partner", person.username);
        assertEquals("staff@elisfa.example", person.email);
        assertEquals("ELISFA", person.organisations);
    }
}
