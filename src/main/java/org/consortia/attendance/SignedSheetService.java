package org.consortia.attendance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.deliverable.FunderProjection;
import org.consortia.deliverable.file.FileService;
import org.consortia.deliverable.file.FileService.StoredUpload;
import org.consortia.event.Event;
import org.consortia.event.EventService;
import org.consortia.project.Project;
import org.consortia.security.CurrentUser;

/**
 * The scanned signed sheets of an event's days, its evidence: uploaded and read by its organisers, in versions per day,
 * stored and hashed as outputs are; the funder reads those chosen for it once the event's deliverable reached it
 * ({@link FunderProjection#readsChosenEvidence}). Other members read none (403): the sheets name people.
 */
@ApplicationScoped
public class SignedSheetService {

    /** What a scan comes as. */
    static final Set<String> SCANS = Set.of("application/pdf", "image/jpeg", "image/png");

    private final FileService files;
    private final SignedSheetRepository sheets;
    private final EventService events;
    private final ActivityLog activity;
    private final Clock clock;

    SignedSheetService(
            FileService files, SignedSheetRepository sheets, EventService events, ActivityLog activity, Clock clock) {
        this.files = files;
        this.sheets = sheets;
        this.events = events;
        this.activity = activity;
        this.clock = clock;
    }

    /** The sheets the caller reads, by day and newest version first. */
    public Page<SignedSheetView> page(EventAtHand event, PageRequest request) {
        boolean funderOnly = readsChosenOnly(event);
        if (event.event() == null || (funderOnly && !event.withFunder())) {
            return request.page(List.of(), 0);
        }
        return sheets.page(event.event(), funderOnly, request).map(SignedSheetView::of);
    }

    /** One sheet the caller reads; a sheet the funder may not read is as absent as one that does not exist (404). */
    public SignedSheet find(EventAtHand event, long id) {
        boolean funderOnly = readsChosenOnly(event);
        return (event.event() == null ? Optional.<SignedSheet>empty() : sheets.find(event.event(), id))
                .filter(sheet -> !funderOnly || (sheet.forFunder && event.withFunder()))
                .orElseThrow(() -> new NotFoundProblem("Signed sheet", id + " of " + event.code()));
    }

    /** The sheet's bytes, streamed from the file store; the caller closes them. */
    public InputStream open(SignedSheet sheet) {
        return files.open(sheet.sha256, sheet.sizeBytes);
    }

    /**
     * Stores a scan (PDF, JPEG or PNG) as the next version of the day's sheet: the bytes first, outside any
     * transaction, then the record; a refused file leaves nothing behind (the orphan sweep removes bytes whose record
     * failed).
     */
    public SignedSheetView upload(
            Project project, EventAtHand event, LocalDate day, Supplier<StoredUpload> store, CurrentUser by) {
        CheckInService.requireDayOf(AttendanceService.requireDescribed(event), day);
        StoredUpload stored = store.get();
        return QuarkusTransaction.joiningExisting().call(() -> record(project, event, day, stored, by));
    }

    /** Stores the scan in {@code content} named {@code fileName}: see {@link #upload}. */
    public Supplier<StoredUpload> scan(InputStream content, String fileName) {
        return () -> files.store(content, fileName, SCANS::contains);
    }

    /** Stores the scan the HTTP layer wrote to {@code file}: see {@link #upload}. */
    public Supplier<StoredUpload> scan(Path file, String fileName) {
        return () -> files.store(file, fileName, SCANS::contains);
    }

    private SignedSheetView record(
            Project project, EventAtHand event, LocalDate day, StoredUpload stored, CurrentUser by) {
        // Numbered under the event's lock: two uploads of one day never take the same number.
        Event locked = events.locked(event.event());
        SignedSheet sheet = new SignedSheet();
        sheet.event = locked;
        sheet.day = day;
        sheet.number = sheets.nextNumber(locked, day);
        sheet.originalName = stored.name();
        sheet.mediaType = stored.mediaType();
        sheet.sizeBytes = stored.size();
        sheet.sha256 = stored.sha256();
        sheet.uploaderUsername = by.username();
        sheet.uploaderName = by.name();
        sheet.uploadedAt = OffsetDateTime.now(clock);
        sheets.persist(sheet);
        sheets.flush();
        SignedSheetView view = SignedSheetView.of(sheet);
        activity.record(project, Subject.signedSheet(event.code(), sheet.id), "UPLOADED", null, view);
        return view;
    }

    /**
     * Chooses the sheet for the funder, or takes the choice back, while the funder has not received the deliverable
     * (409 after: what was sent to the funder stays as it was sent).
     */
    @Transactional
    public SignedSheetView choose(Project project, EventAtHand event, long id, boolean forFunder) {
        SignedSheet sheet = find(event, id);
        if (sheet.forFunder == forFunder) {
            return SignedSheetView.of(sheet);
        }
        if (forFunder && event.owner().meeting()) {
            throw new ConflictProblem(
                    "forFunder",
                    event.code() + " is a meeting, not a deliverable: nothing of it is sent to the funder, so no sheet"
                            + " is chosen for it");
        }
        if (event.withFunder()) {
            throw new ConflictProblem(
                    "forFunder",
                    "the funder received " + event.code() + ": the sheets chosen for it were sent with it and stay as"
                            + " they were");
        }
        SignedSheetView before = SignedSheetView.of(sheet);
        sheet.forFunder = forFunder;
        sheets.flush();
        SignedSheetView after = SignedSheetView.of(sheet);
        activity.recordChange(project, Subject.signedSheet(event.code(), id), before, after);
        return after;
    }

    /** Removes a sheet uploaded by mistake; 409 for one the funder received. */
    @Transactional
    public void remove(Project project, EventAtHand event, long id) {
        SignedSheet sheet = find(event, id);
        requireNotWithFunder(event, sheet, "stays");
        activity.record(project, Subject.signedSheet(event.code(), id), "REMOVED", SignedSheetView.of(sheet), null);
        sheets.delete(sheet);
    }

    private static void requireNotWithFunder(EventAtHand event, SignedSheet sheet, String what) {
        if (sheet.forFunder && event.withFunder()) {
            throw new ConflictProblem(
                    "forFunder",
                    "the funder received " + event.code() + " with this sheet (" + sheet.day + ", version "
                            + sheet.number + "): it " + what);
        }
    }

    /** Whether the caller reads the funder's choice only (the funder); 403 for a member who does not organise it. */
    private static boolean readsChosenOnly(EventAtHand event) {
        if (event.organiser()) {
            return false;
        }
        if (event.funder()) {
            return true;
        }
        throw new ForbiddenProblem("Only " + event.owner().organisers() + " read the signed sheets of " + event.code()
                + "; the funder reads those chosen for it");
    }
}
