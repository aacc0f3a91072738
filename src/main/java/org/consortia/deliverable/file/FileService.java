package org.consortia.deliverable.file;

import io.micrometer.core.annotation.Timed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.consortia.activity.ActivityLog;
import org.consortia.common.ConflictProblem;
import org.consortia.common.ContentProblem;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.Texts;
import org.consortia.deliverable.Deliverable;
import org.consortia.deliverable.DeliverableService;
import org.consortia.deliverable.DeliverableStatus;
import org.consortia.deliverable.DeliverableView;
import org.consortia.deliverable.FunderProjection;
import org.consortia.project.Project;
import org.consortia.security.CurrentUser;
import org.consortia.security.Standing;

/** Versioned outputs of deliverables: checked, stored by content, numbered one after the other. */
@ApplicationScoped
public class FileService {

    /** How much of an upload's beginning is kept to read its type from (Tika's magic needs less). */
    private static final int HEAD_BYTES = 64 * 1024;

    private final FileVersionRepository versions;
    private final FileStore store;
    private final DeliverableService deliverables;
    private final ActivityLog activity;
    private final FilesConfig config;
    private final Clock clock;

    FileService(
            FileVersionRepository versions,
            FileStore store,
            DeliverableService deliverables,
            ActivityLog activity,
            FilesConfig config,
            Clock clock) {
        this.versions = versions;
        this.store = store;
        this.deliverables = deliverables;
        this.activity = activity;
        this.config = config;
        this.clock = clock;
    }

    public Page<FileVersionView> page(Project project, String code, PageRequest request) {
        return page(deliverables.find(project, code), request);
    }

    /** The deliverable's versions, newest first, withdrawn ones included (what its consortium reads). */
    public Page<FileVersionView> page(Deliverable deliverable, PageRequest request) {
        return versions.page(deliverable, request).map(FileVersionView::of);
    }

    /** What the funder reads: the version submitted to it, if any. */
    public Page<FileVersionView> submitted(Deliverable deliverable, PageRequest request) {
        List<FileVersionView> items = deliverable.submittedVersion == null
                ? List.of()
                : versions.find(deliverable, deliverable.submittedVersion).map(FileVersionView::of).stream()
                        .toList();
        return request.page(request.page == 0 ? items : List.of(), items.size());
    }

    /** What was uploaded to the project's deliverables in [{@code from}, {@code to}), oldest first; one query. */
    public List<Upload> uploadedBetween(Project project, OffsetDateTime from, OffsetDateTime to) {
        return versions.uploadedBetween(project, from, to).stream()
                .map(v -> new Upload(
                        v.uploadedAt,
                        v.deliverable.code,
                        v.number,
                        v.originalName,
                        v.uploaderName != null ? v.uploaderName : v.uploaderUsername))
                .toList();
    }

    /** An upload as a period's report lists it. */
    public record Upload(OffsetDateTime at, String deliverable, int version, String fileName, String by) {}

    public FileVersion find(Project project, String code, int number) {
        return find(deliverables.find(project, code), number);
    }

    private FileVersion find(Deliverable deliverable, int number) {
        return versions.find(deliverable, number)
                .orElseThrow(() -> new NotFoundProblem("Version", number + " of " + deliverable.code));
    }

    /** Whether the deliverable has a version that was not withdrawn. */
    public boolean hasActiveVersion(Deliverable deliverable) {
        return versions.count("deliverable = ?1 and withdrawnAt is null", deliverable) > 0;
    }

    /** The version to submit: it must exist and not be withdrawn. */
    public FileVersion activeVersion(Deliverable deliverable, int number) {
        FileVersion version = versions.find(deliverable, number)
                .orElseThrow(() -> new InvalidDataProblem(
                        "version", "version " + number + " of " + deliverable.code + " does not exist"));
        if (version.withdrawnAt != null) {
            throw new ConflictProblem("version", "version " + number + " of " + deliverable.code + " was withdrawn");
        }
        return version;
    }

    /** The version's stored file on this machine's disk, when the store is a local one: see {@link FileStore#localFile}. */
    public Optional<Path> localFile(FileVersion version) {
        return store.localFile(version.sha256);
    }

    /** {@code length} bytes of the version's file from {@code offset}, streamed from the store. */
    public InputStream open(FileVersion version, long offset, long length) {
        try {
            return store.open(version.sha256, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read version " + version.number + " from the file store", e);
        }
    }

    /** Stores a file the HTTP layer already wrote to disk (a multipart form's part): see the streamed upload. */
    /**
     * Refuses (403) whoever may not upload outputs of this deliverable: anyone but its lead partner, its contributors
     * and the coordinator. A deliverable the caller may not see is a 404 first.
     */
    public void requireUploader(Project project, String code, Standing standing) {
        DeliverableView deliverable = deliverables.get(project, code, standing.isReviewer());
        if (!standing.mayUpload(deliverable.lead(), deliverable.contributors())) {
            throw new ForbiddenProblem(
                    "Only the lead partner, the contributors and the coordinator upload outputs of " + code);
        }
    }

    public FileVersionView upload(
            Project project, String code, Path upload, String fileName, String note, CurrentUser uploader) {
        try (InputStream content = Files.newInputStream(upload)) {
            return upload(project, code, content, fileName, note, uploader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload for " + code, e);
        }
    }

    /**
     * Stores an upload as it arrives and records it as the deliverable's next version. Its type is read
     * from its first bytes before anything is stored, its size is counted while it is stored, and the
     * bytes are written once, straight into the store. Nothing is held in memory, no database
     * connection is held while the bytes arrive, and a refused file leaves nothing behind.
     */
    @Timed(value = "consortia.uploads", description = "Uploads of outputs: how many, how long they took")
    public FileVersionView upload(
            Project project, String code, InputStream content, String fileName, String note, CurrentUser uploader) {
        deliverables.find(project, code);
        if (note != null && note.strip().length() > 2000) {
            throw new InvalidDataProblem("note", "must be at most 2000 characters");
        }
        StoredUpload stored = store(content, fileName, AcceptedFormats::accepts);
        return QuarkusTransaction.joiningExisting().call(() -> record(project, code, stored, note, uploader));
    }

    /**
     * Stores an upload as it arrives, checked as an output is (its type read from its first bytes, refused with a 415
     * unless {@code accepted}; its size counted), without recording it: for the uploads of other features (an event's
     * signed sheets), which record it themselves and say which of their hashes are stored ({@link FileReferences}).
     */
    public StoredUpload store(InputStream content, String fileName, Predicate<String> accepted) {
        String name = FileNames.sanitise(fileName);
        long maxSize = config.maxSize().asLongValue();
        try {
            BufferedInputStream in = new BufferedInputStream(content, HEAD_BYTES);
            String mediaType = mediaType(in, name, accepted);
            FileStore.Stored stored = store.store(new SizeLimitedInputStream(in, maxSize));
            return new StoredUpload(name, mediaType, stored.sha256(), stored.size());
        } catch (SizeLimitedInputStream.TooLarge e) {
            throw ContentProblem.tooLarge(maxSize);
        } catch (RequestBody.CutOff e) {
            // No one is left to read the answer; a 400 keeps the log free of a server error that was not one.
            throw new InvalidDataProblem("file", "the upload ended before all of the file was sent");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an upload", e);
        }
    }

    /** Stores the file the HTTP layer already wrote to disk (a multipart form's part): see {@link #store}. */
    public StoredUpload store(Path upload, String fileName, Predicate<String> accepted) {
        try (InputStream content = Files.newInputStream(upload)) {
            return store(content, fileName, accepted);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an upload", e);
        }
    }

    /** A request's body to {@link #store}: a failed read is the client's connection ending early (a 400). */
    public static InputStream requestBody(InputStream body) {
        return new RequestBody(body);
    }

    /** An upload once stored: its cleaned name, the type read from its bytes, its hash and size. */
    public record StoredUpload(String name, String mediaType, String sha256, long size) {}

    /** The whole stored file with this hash, streamed from the store; the caller closes it. */
    public InputStream open(String sha256, long size) {
        try {
            return store.open(sha256, 0, size);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read a stored file", e);
        }
    }

    /** The type of an upload, from its first bytes (left to be read again) and its name; refused unless accepted. */
    private static String mediaType(BufferedInputStream in, String name, Predicate<String> accepted)
            throws IOException {
        in.mark(1);
        if (in.read() < 0) {
            throw new InvalidDataProblem("file", "the file is empty");
        }
        in.reset();
        String mediaType = AcceptedFormats.detect(in, name);
        if (!accepted.test(mediaType)) {
            throw ContentProblem.unsupported(mediaType);
        }
        return mediaType;
    }

    /** Numbers and records a stored upload; versions are numbered one after the other under the deliverable's lock. */
    private FileVersionView record(
            Project project, String code, StoredUpload stored, String note, CurrentUser uploader) {
        Deliverable deliverable = deliverables.findLocked(project, code);
        FileVersion version = new FileVersion();
        version.deliverable = deliverable;
        version.number = versions.nextNumber(deliverable);
        version.originalName = stored.name();
        version.sizeBytes = stored.size();
        version.sha256 = stored.sha256();
        version.mediaType = stored.mediaType();
        version.note = Texts.strippedOrNull(note);
        version.uploaderUsername = uploader.username();
        version.uploaderName = uploader.name();
        version.uploaderOrganisation = String.join(",", uploader.organisations());
        version.uploadedAt = OffsetDateTime.now(clock);
        versions.persist(version);
        versions.flush();
        FileVersionView view = FileVersionView.of(version);
        activity.record(project, FunderProjection.upload(code), "FILE_UPLOADED", null, view);
        return view;
    }

    /** Withdraws a version (by its uploader or the coordinator) while the deliverable is not yet with the funder. */
    @Transactional
    public FileVersionView withdraw(Project project, String code, int number, CurrentUser by, boolean coordinator) {
        // Locked as a submission locks it: the two never interleave (a submitted version is never withdrawn).
        FileVersion version = find(deliverables.findLocked(project, code), number);
        if (!coordinator && !version.uploaderUsername.equals(by.username())) {
            throw new ForbiddenProblem("Only its uploader or the coordinator may withdraw version " + number);
        }
        if (DeliverableStatus.SEEN_BY_FUNDER.contains(version.deliverable.status)) {
            throw new ConflictProblem("version", code + " has been submitted; its versions can no longer be withdrawn");
        }
        if (Integer.valueOf(number).equals(version.deliverable.submittedVersion)) {
            throw new ConflictProblem("version", "version " + number + " was submitted to the funder; it stays");
        }
        if (version.withdrawnAt != null) {
            throw new ConflictProblem("version", "version " + number + " is withdrawn already");
        }
        FileVersionView before = FileVersionView.of(version);
        version.withdrawnAt = OffsetDateTime.now(clock);
        version.withdrawnBy = by.username();
        versions.flush();
        FileVersionView after = FileVersionView.of(version);
        activity.record(project, FunderProjection.upload(code), "FILE_WITHDRAWN", before, after);
        return after;
    }
}
