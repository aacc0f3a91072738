package org.consortia.attendance;

import io.quarkus.qute.TemplateInstance;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.consortia.common.BodiesConfig;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.LargeBody;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;
import org.consortia.web.Flash;
import org.consortia.web.FormErrors;
import org.consortia.web.FormSubmission;
import org.consortia.web.HtmlResponse;
import org.consortia.web.InputValidation;
import org.consortia.web.LocalisedMessages;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * {@code /projects/{acronym}/events/{code}}: who came to the event of deliverable {@code code}. Everyone who sees the
 * project, the funder included, reads the breakdown; the event's organisers (the coordinator, the lead partner, the
 * hosts) also read the list and add people to it, through the API's rules ({@link AttendanceService}).
 */
@Path("/projects/{acronym}/events/{code}")
@Produces(MediaType.TEXT_HTML)
public class EventPage {

    private final ProjectService projects;
    private final AttendanceService attendance;
    private final ParticipantImport imports;
    private final AccessPolicy access;
    private final InputValidation validation;
    private final LocalisedMessages messages;
    private final BodiesConfig bodies;
    private final EventPageContent content;
    private final PrivacyService privacy;

    EventPage(
            ProjectService projects,
            AttendanceService attendance,
            ParticipantImport imports,
            AccessPolicy access,
            InputValidation validation,
            LocalisedMessages messages,
            BodiesConfig bodies,
            EventPageContent content,
            PrivacyService privacy) {
        this.privacy = privacy;
        this.bodies = bodies;
        this.content = content;
        this.projects = projects;
        this.attendance = attendance;
        this.imports = imports;
        this.access = access;
        this.validation = validation;
        this.messages = messages;
    }

    @GET
    public TemplateInstance show(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @Valid @BeanParam PageRequest page) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.event(project, access.standing(project), code);
        return page(project, event, page, ParticipantFields.blank(), new FormErrors(messages.get()), null, null);
    }

    @POST
    @Path("participants")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @BeanParam ParticipantFields typed) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        FormErrors errors = new FormErrors(messages.get());
        ParticipantInput input = typed.input(errors);
        validation.check(input, errors);
        return FormSubmission.send(
                errors,
                () -> {
                    ParticipantView added = attendance.add(project, event, input, ParticipantSource.ENTERED);
                    return Flash.redirect(
                            address(project, code),
                            messages.get(AttendanceMessages.class).flash_added(added.name()));
                },
                () -> page(project, event, PageRequest.of(0, 50), typed, errors, null, null));
    }

    /** The report of an uploaded spreadsheet, with the form that confirms it; nothing is written yet. */
    @POST
    @Path("participants/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @LargeBody(LargeBody.Kind.FILE)
    public Response checkImport(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @RestForm("file") FileUpload file) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        FormErrors errors = new FormErrors(messages.get());
        return FormSubmission.send(
                errors,
                () -> {
                    byte[] body = file == null
                            ? new byte[0]
                            : read(file, bodies.list().asLongValue());
                    return HtmlResponse.of(page(
                            project,
                            event,
                            PageRequest.of(0, 50),
                            ParticipantFields.blank(),
                            errors,
                            imports.check(event, body),
                            encode(body)));
                },
                () -> page(project, event, PageRequest.of(0, 50), ParticipantFields.blank(), errors, null, null));
    }

    /** Puts the good rows of the spreadsheet checked before on the list. */
    @POST
    @Path("participants/import/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @LargeBody(LargeBody.Kind.LIST)
    public Response confirmImport(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @RestForm String sheet) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        ImportReport report = imports.confirm(project, event, decode(sheet));
        return Flash.redirect(
                address(project, code),
                messages.get(AttendanceMessages.class)
                        .flash_imported(report.added(), report.refused().size()));
    }

    /** All that is held about the participant, as a JSON file to send them. */
    @GET
    @Path("participants/{id}/personal-data")
    @Produces(MediaType.APPLICATION_JSON)
    public Response personalData(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @PathParam("id") long id) {
        Project project = access.visible(projects.find(acronym));
        PersonalDataExport export =
                privacy.export(project, attendance.organised(project, access.standing(project), code), id);
        return Response.ok(export)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + project.acronym + "-" + code + "-participant-" + id + ".json\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @POST
    @Path("participants/{id}/erase")
    public Response erase(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @PathParam("id") long id) {
        Project project = access.visible(projects.find(acronym));
        privacy.erase(project, attendance.organised(project, access.standing(project), code), id);
        return Flash.redirect(
                address(project, code), messages.get(AttendanceMessages.class).flash_erased(id));
    }

    @POST
    @Path("participants/{id}/remove")
    public Response remove(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @PathParam("id") long id) {
        Project project = access.visible(projects.find(acronym));
        attendance.remove(project, attendance.organised(project, access.standing(project), code), id);
        return Flash.redirect(
                address(project, code), messages.get(AttendanceMessages.class).flash_removed(id));
    }

    private TemplateInstance page(
            Project project,
            EventAtHand event,
            PageRequest page,
            ParticipantFields form,
            FormErrors errors,
            ImportReport report,
            String sheet) {
        return content.page(project, event, page, form, errors, report, sheet);
    }

    /** The uploaded file, once on disk, if it is no larger than a spreadsheet an import takes ({@code max} bytes). */
    private static byte[] read(FileUpload file, long max) {
        try {
            if (Files.size(file.uploadedFile()) > max) {
                throw new InvalidDataProblem(
                        "file", "the spreadsheet is larger than the " + max / (1024 * 1024) + " MB an import takes");
            }
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The spreadsheet checked, carried in the confirmation form as text: compressed (a CSV of 2,000 rows takes some 30
     * KB), then in Base64.
     */
    private static String encode(byte[] body) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(packed.toByteArray());
    }

    /** The spreadsheet the confirmation form carries back, no larger than an import takes once unpacked. */
    private byte[] decode(String sheet) {
        long max = bodies.list().asLongValue();
        try (InputStream unpacked = new GZIPInputStream(
                new ByteArrayInputStream(Base64.getDecoder().decode(sheet == null ? "" : sheet.strip())))) {
            byte[] body = unpacked.readNBytes((int) max + 1);
            if (body.length > max) {
                throw new InvalidDataProblem("sheet", "the spreadsheet to confirm is larger than an import takes");
            }
            return body;
        } catch (IllegalArgumentException | IOException notWhole) {
            throw new InvalidDataProblem(
                    "sheet", "the spreadsheet to confirm did not come back whole: upload it again");
        }
    }

    private static String address(Project project, String code) {
        return "/projects/" + project.acronym + "/events/" + code;
    }
}
