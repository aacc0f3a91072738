package org.consortia.deliverable.file;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.consortia.common.Sha256;
import org.consortia.testsupport.DemoCopy;
import org.consortia.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Uploading the outputs of NEXEM's Portuguese training (FORESEE D4.4, in a copy), as NEXEM's staff would. */
@QuarkusTest
class FileTest {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TestHTTPResource("/")
    java.net.URI root;

    /** A copy of FORESEE, made once for the class: every upload changes its plan. */
    private static String foresee;

    @BeforeEach
    void copyForesee() {
        if (foresee == null) {
            foresee = DemoCopy.of("demo/foresee.yaml");
        }
    }

    /** The files of the copy's D4.4. */
    private static String files() {
        return "/api/projects/" + foresee + "/deliverables/D4.4/files";
    }

    @Test
    void theMinutesAreStoredAndComeBackByteForByte() throws Exception {
        Response uploaded = upload("nexem-partner", "minutes.pdf", PDF, "Minutes of the first day");
        uploaded.then()
                .statusCode(201)
                .body(
                        "fileName",
                        equalTo("minutes.pdf"),
                        "size",
                        equalTo(PDF.length),
                        "sha256",
                        equalTo(sha256(PDF)),
                        "mediaType",
                        equalTo("application/pdf"),
                        "uploader",
                        equalTo("nexem-partner"),
                        "uploaderOrganisation",
                        equalTo("NEXEM"),
                        "note",
                        equalTo("Minutes of the first day"));
        int version = uploaded.path("version");

        Response download = given().auth().oauth2(Tokens.of("unipso-partner")).get(files() + "/" + version);
        download.then()
                .statusCode(200)
                .header("Content-Type", containsString("application/pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", containsString(sha256(PDF)))
                .header("Content-Disposition", containsString("minutes.pdf"));
        assertArrayEquals(PDF, download.asByteArray());
        given().auth()
                .oauth2(Tokens.of("unipso-partner"))
                .header("If-None-Match", "\"" + sha256(PDF) + "\"")
                .get(files() + "/" + version)
                .then()
                .statusCode(304);
        byte[] firstBytes = given().auth()
                .oauth2(Tokens.of("unipso-partner"))
                .header("Range", "bytes=0-7")
                .get(files() + "/" + version)
                .then()
                .statusCode(206)
                .extract()
                .asByteArray();
        assertArrayEquals(java.util.Arrays.copyOf(PDF, 8), firstBytes);
        given().auth()
                .oauth2(Tokens.of("unipso-partner"))
                .header("Range", "bytes=100000-")
                .get(files() + "/" + version)
                .then()
                .statusCode(416);
        given().auth().oauth2(Tokens.of("unipso-partner")).get(files()).then().body("items.version", hasItem(version));
        given().auth()
                .oauth2(Tokens.of("admin"))
                .queryParam("deliverable", "D4.4")
                .get("/api/projects/" + foresee + "/activity")
                .then()
                .body("items.action", hasItem("DELIVERABLE_FILE_UPLOADED"));
    }

    @Test
    void officeImagesArchivesCsvAndTextAreAccepted() throws Exception {
        upload("nexem-partner", "programme.docx", docx(), null)
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        upload("nexem-partner", "photo.png", png(), null)
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("image/png"));
        upload(
                        "nexem-partner",
                        "attendance.csv",
                        "partner,participants\nWRZOS,24\n".getBytes(StandardCharsets.UTF_8),
                        null)
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("text/csv"));
        upload("nexem-partner", "notes.txt", "Notes of the training".getBytes(StandardCharsets.UTF_8), null)
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("text/plain"));
        upload("nexem-partner", "budget.xlsx", zip("xl/workbook.xml"), null)
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        upload("nexem-partner", "report.odt", zip("content.xml"), null)
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("application/vnd.oasis.opendocument.text"));
        upload("nexem-partner", "outputs.zip", zip("minutes.txt"), null)
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("application/zip"));
        upload("nexem-partner", "group.jpg", image("jpg"), null)
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("image/jpeg"));
        upload("nexem-partner", "logo.gif", image("gif"), null)
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("image/gif"));
    }

    @Test
    void refusedFilesLeaveNothingBehind() throws Exception {
        long stored = storedFiles();
        int total =
                given().auth().oauth2(Tokens.of("nexem-partner")).get(files()).path("total");

        byte[] executable = new byte[512];
        byte[] header = "MZ\u0090\u0000This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, executable, 0, header.length);
        upload("nexem-partner", "minutes.pdf", executable, null)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        upload("nexem-partner", "empty.pdf", new byte[0], null)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        upload("nexem-partner", "huge.pdf", new byte[3 * 1024 * 1024], null)
                .then()
                .statusCode(413)
                .contentType("application/problem+json");

        assertEquals(stored, storedFiles());
        given().auth().oauth2(Tokens.of("nexem-partner")).get(files()).then().body("total", equalTo(total));
    }

    @Test
    void anUploadCutOffHalfwayLeavesNothingBehind() throws Exception {
        long stored = storedFiles();
        int total =
                given().auth().oauth2(Tokens.of("nexem-partner")).get(files()).path("total");
        String boundary = "cut-off";
        String head = "POST " + files() + " HTTP/1.1\r\nHost: " + root.getHost() + ":" + root.getPort() + "\r\n"
                + "Authorization: Bearer " + Tokens.of("nexem-partner") + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                + "Content-Length: 1000000\r\n\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        sendThenHangUp(head);
        given().auth().oauth2(Tokens.of("nexem-partner")).get(files()).then().body("total", equalTo(total));
        assertEquals(stored, storedFiles());
    }

    @Test
    void theFileItselfAsTheBodyIsStoredAsItArrives() {
        Response uploaded = uploadBody("nexem-partner", "minutes.pdf", PDF, "Sent by a script");
        uploaded.then()
                .statusCode(201)
                .body(
                        "fileName",
                        equalTo("minutes.pdf"),
                        "size",
                        equalTo(PDF.length),
                        "sha256",
                        equalTo(sha256(PDF)),
                        "mediaType",
                        equalTo("application/pdf"),
                        "note",
                        equalTo("Sent by a script"));

        byte[] back = given().auth()
                .oauth2(Tokens.of("unipso-partner"))
                .get(files() + "/" + uploaded.path("version"))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertArrayEquals(PDF, back);
    }

    /** As curl sends it: {@code -T} with no type, or with a type given (a multipart one too). */
    @ParameterizedTest
    @ValueSource(strings = {"", "application/octet-stream", "multipart/form-data", "application/pdf"})
    void theBodyIsTheFileWhateverTypeItClaims(String contentType) throws Exception {
        var request = HttpRequest.newBuilder(root.resolve(files().substring(1) + "/content?name=minutes.pdf"))
                .header("Authorization", "Bearer " + Tokens.of("nexem-partner"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(PDF));
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> answer =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, answer.statusCode(), answer.body());
        assertThat(answer.body(), containsString(sha256(PDF)));
    }

    @Test
    void aFileSentAsAFormIsABadRequestNotAServerError() {
        // curl --data-binary @minutes.pdf, without a type: the body claims to be a form and is not one.
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .contentType("application/x-www-form-urlencoded")
                .body("%PDF-1.4 %%EOF \u00e9%zz")
                .queryParam("name", "minutes.pdf")
                .post(files() + "/content")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not a valid form"));
    }

    @Test
    void aRefusedBodyLeavesNothingBehind() throws Exception {
        long stored = storedFiles();
        int total =
                given().auth().oauth2(Tokens.of("nexem-partner")).get(files()).path("total");

        uploadBody("nexem-partner", null, PDF, null)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
        uploadBody("nexem-partner", "empty.pdf", new byte[0], null).then().statusCode(400);
        uploadBody(
                        "nexem-partner",
                        "tool.pdf",
                        "MZ\u0090\u0000This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1),
                        null)
                .then()
                .statusCode(415);
        uploadBody("nexem-partner", "huge.pdf", hugePdf(), null)
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        uploadBody("nexem-partner", "minutes.pdf", PDF, "x".repeat(2001)).then().statusCode(400);

        assertEquals(stored, storedFiles());
        given().auth().oauth2(Tokens.of("nexem-partner")).get(files()).then().body("total", equalTo(total));
    }

    @Test
    void aBodyCutOffHalfwayLeavesNothingBehind() throws Exception {
        long stored = storedFiles();
        int total =
                given().auth().oauth2(Tokens.of("nexem-partner")).get(files()).path("total");
        String head =
                "POST " + files() + "/content?name=cut.pdf HTTP/1.1\r\nHost: " + root.getHost() + ":" + root.getPort()
                        + "\r\nAuthorization: Bearer " + Tokens.of("nexem-partner") + "\r\n"
                        + "Content-Type: application/pdf\r\nContent-Length: 1000000\r\n\r\n";
        sendThenHangUp(head);
        given().auth().oauth2(Tokens.of("nexem-partner")).get(files()).then().body("total", equalTo(total));
        assertEquals(stored, storedFiles());
    }

    @Test
    void onlyTheLeadContributorsAndCoordinatorUploadABody() {
        uploadBody("elisfa-partner", "minutes.pdf", PDF, null).then().statusCode(403);
        uploadBody("metz-coordinator", "minutes.pdf", PDF, null).then().statusCode(404);
        uploadBody("ec-reviewer", "minutes.pdf", PDF, null).then().statusCode(403);
        uploadBody("unipso-coordinator", "minutes.pdf", PDF, null).then().statusCode(201);
        given().contentType("application/pdf")
                .body(PDF)
                .queryParam("name", "minutes.pdf")
                .post(files() + "/content")
                .then()
                .statusCode(401);
    }

    @Test
    void aHostileFileNameIsMadeHarmless() {
        upload("nexem-partner", "../../etc/pass\u0007wd.pdf", PDF, null)
                .then()
                .statusCode(201)
                .body("fileName", equalTo("passwd.pdf"))
                .body("fileName", not(containsString("/")));
    }

    @Test
    void aNoteLongerThanTwoThousandCharactersIsABadRequest() {
        upload("nexem-partner", "minutes.pdf", PDF, "x".repeat(2001))
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("note"));
    }

    @Test
    void uploadsAtTheSameMomentGetDistinctVersions() throws Exception {
        String token = Tokens.of("nexem-partner");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> uploads = Stream.<Callable<Integer>>generate(() -> () -> given().auth()
                            .oauth2(token)
                            .multiPart("file", "sheet.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                            .post(files())
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("version"))
                    .limit(4)
                    .toList();
            Set<Integer> versions = new TreeSet<>();
            for (Future<Integer> version : pool.invokeAll(uploads)) {
                versions.add(version.get());
            }
            assertEquals(4, versions.size());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void onlyTheLeadContributorsAndCoordinatorUpload() {
        upload("elisfa-partner", "minutes.pdf", PDF, null).then().statusCode(403);
        upload("unipso-coordinator", "minutes.pdf", PDF, null).then().statusCode(201);
        upload("metz-coordinator", "minutes.pdf", PDF, null).then().statusCode(404);
        upload("ec-reviewer", "minutes.pdf", PDF, null).then().statusCode(403);
        // D4.4 was accepted before the platform kept submitted versions: the reviewer has none to read.
        given().auth()
                .oauth2(Tokens.of("ec-reviewer"))
                .get(files())
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().multiPart("file", "minutes.pdf", PDF, "application/pdf")
                .post(files())
                .then()
                .statusCode(401);
    }

    @Test
    void aVersionIsWithdrawnByItsUploaderButStaysInTheHistory() {
        // D6.5, the final conference, is still in progress; NEXEM contributes to it.
        String draft = "/api/projects/" + foresee + "/deliverables/D6.5/files";
        int version = given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .multiPart("file", "agenda.pdf", PDF, "application/pdf")
                .post(draft)
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        given().auth()
                .oauth2(Tokens.of("unipso-partner"))
                .post(draft + "/" + version + "/withdrawal")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .post(draft + "/" + version + "/withdrawal")
                .then()
                .statusCode(200)
                .body("withdrawn", equalTo(true), "withdrawnBy", equalTo("nexem-partner"));
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .post(draft + "/" + version + "/withdrawal")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(Tokens.of("nexem-partner"))
                .get(draft)
                .then()
                .body("items.find { it.version == " + version + " }.withdrawn", equalTo(true));
    }

    @Test
    void theVersionsOfAnAcceptedDeliverableCanNoLongerBeWithdrawn() {
        int version = upload("nexem-partner", "late-annex.pdf", PDF, null)
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        given().auth()
                .oauth2(Tokens.of("unipso-coordinator"))
                .post(files() + "/" + version + "/withdrawal")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    private static Response upload(String who, String name, byte[] bytes, String note) {
        var request = given().auth().oauth2(Tokens.of(who)).multiPart("file", name, bytes, "application/octet-stream");
        if (note != null) {
            request.multiPart("note", note);
        }
        return request.when().post(files());
    }

    /** Sends the head of an upload announcing a million bytes and a few of them, then closes the connection. */
    private void sendThenHangUp(String head) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(PDF);
            socket.getOutputStream().flush();
        }
    }

    private static Response uploadBody(String who, String name, byte[] bytes, String note) {
        return uploadBody(who, name, bytes, note, "application/octet-stream");
    }

    private static Response uploadBody(String who, String name, byte[] bytes, String note, String contentType) {
        var request =
                given().auth().oauth2(Tokens.of(who)).contentType(contentType).body(bytes);
        if (name != null) {
            request.queryParam("name", name);
        }
        if (note != null) {
            request.queryParam("note", note);
        }
        return request.when().post(files() + "/content");
    }

    /** A PDF larger than the 2 MB the tests allow. */
    private static byte[] hugePdf() {
        byte[] bytes = new byte[3 * 1024 * 1024];
        System.arraycopy(PDF, 0, bytes, 0, PDF.length);
        return bytes;
    }

    private static long storedFiles() throws IOException {
        Path store = Path.of("target", "test-files");
        if (!Files.exists(store)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    private static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<content/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), format, bytes);
        return bytes.toByteArray();
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }
}
