package org.consortia.deliverable.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.consortia.common.NotFoundProblem;
import org.consortia.deliverable.Deliverable;
import org.consortia.deliverable.DeliverableService;
import org.consortia.deliverable.DeliverableStatus;
import org.consortia.deliverable.DisseminationLevel;
import org.consortia.deliverable.FunderProjection;
import org.consortia.project.Project;
import org.consortia.security.Standing;
import org.jboss.resteasy.reactive.PathPart;

/**
 * A stored version's bytes as a download, for the API and the pages alike: validators (ETag, 304),
 * byte ranges (206, 416), a safe file name. A funder's reviewer gets only the submitted version; anyone
 * gets the accepted file of a public deliverable of a public project.
 */
@ApplicationScoped
public class FileDownloads {

    /** A member's download: kept by no cache, shared or local (it may hold what only the consortium sees). */
    static final String INTERNAL = "private, no-store";

    /**
     * A published result: any cache may keep it for an hour, then asks again (ETag), so that a file
     * withdrawn from publication stops being served within the hour.
     */
    static final String PUBLISHED = "public, max-age=3600, must-revalidate";

    private final DeliverableService deliverables;
    private final FileService files;

    FileDownloads(DeliverableService deliverables, FileService files) {
        this.deliverables = deliverables;
        this.files = files;
    }

    public Response download(
            Project project, Standing standing, String code, int number, String rangeHeader, Request request) {
        // The deliverable first: a reviewer asking for a file of a draft is told what an absent deliverable tells.
        if (standing.isReviewer() && !FunderProjection.readsFile(deliverables.find(project, code), number)) {
            throw new NotFoundProblem("Version", number + " of " + code);
        }
        return respond(files.find(project, code, number), rangeHeader, request, INTERNAL);
    }

    /**
     * The accepted file of a public project's public (PU) deliverable, for anyone: the one download that
     * needs no sign-in. Anything else is a 404, whatever exists.
     */
    public Response published(Project project, String code, String rangeHeader, Request request) {
        NotFoundProblem unpublished = new NotFoundProblem("Public file", "of " + code);
        Deliverable deliverable = deliverables.lookUp(project, code).orElseThrow(() -> unpublished);
        if (!project.publicPage
                || deliverable.status != DeliverableStatus.ACCEPTED
                || deliverable.disseminationLevel != DisseminationLevel.PU
                || deliverable.submittedVersion == null) {
            throw unpublished;
        }
        FileVersion version = files.find(project, code, deliverable.submittedVersion);
        if (version.withdrawnAt != null) {
            throw unpublished;
        }
        return respond(version, rangeHeader, request, PUBLISHED);
    }

    private Response respond(FileVersion version, String rangeHeader, Request request, String cacheControl) {
        EntityTag tag = new EntityTag(version.sha256);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        Optional<ByteRange> range = ByteRange.parse(rangeHeader, version.sizeBytes);
        if (range.isPresent() && !range.get().satisfiable(version.sizeBytes)) {
            throw new RangeNotSatisfiableProblem(version.sizeBytes);
        }
        long first = range.map(ByteRange::first).orElse(0L);
        long length = range.map(ByteRange::length).orElse(version.sizeBytes);
        // A local file goes by sendfile; a remote one is opened here, so that a missing file is an error
        // response, not a cut one.
        Object bytes = files.localFile(version)
                .<Object>map(file -> new PathPart(file, first, length))
                .orElseGet(() -> files.open(version, first, length));
        Response.ResponseBuilder response = range.map(part -> Response.status(206)
                        .header("Content-Range", "bytes " + part.first() + "-" + part.last() + "/" + version.sizeBytes))
                .orElseGet(Response::ok)
                .entity(bytes)
                .type(version.mediaType)
                .header("Content-Length", length);
        return response.header("Accept-Ranges", "bytes")
                .header("Content-Disposition", contentDisposition(version.originalName))
                .header("Cache-Control", cacheControl)
                .tag(tag)
                .build();
    }

    /** {@code attachment} with the file's name, an ASCII fallback and the exact name in UTF-8 (RFC 6266). */
    public static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
