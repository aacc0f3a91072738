package org.consortia.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.consortia.attendance.ParticipantSheet.Column;
import org.consortia.attendance.ParticipantSheet.Line;
import org.consortia.common.FieldError;
import org.consortia.common.InvalidDataProblem;
import org.junit.jupiter.api.Test;

/** Reading a spreadsheet of participants as people write them, with literal answers. */
class ParticipantSheetTest {

    @Test
    void frenchHeadersSemicolonsAndABlankLineAreRead() {
        List<Line> lines = read("\uFEFFNom ;Type d’organisation;PAYS\n\nÉlodie;Syndicat;fr\n;;\nLuc;ONG;BE\n");
        assertEquals(2, lines.size());
        assertEquals(3, lines.get(0).number());
        assertEquals("Élodie", lines.get(0).get(Column.NAME));
        assertEquals("Syndicat", lines.get(0).get(Column.ORGANISATION_TYPE));
        assertEquals(5, lines.get(1).number());
        assertEquals("BE", lines.get(1).get(Column.COUNTRY));
    }

    @Test
    void aCsvThatExcelWroteInWindows1252KeepsItsAccents() {
        List<Line> lines =
                ParticipantSheet.read("Nom;Type d'organisation;Droit à l'image\nÉlodie Exemple;Syndicat;oui\n"
                        .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertEquals("Élodie Exemple", lines.get(0).get(Column.NAME));
        assertEquals("oui", lines.get(0).get(Column.PHOTOS));
    }

    @Test
    void valuesInEnglishOrFrenchBecomeTheInput() {
        List<FieldError> errors = new ArrayList<>();
        ParticipantInput input = SheetValues.input(
                read("name,type,gender,presence,days,consent,photos\n"
                                + "Ana,Employers' organisation,F,en ligne,09/07/2026; 2026-07-10,Oui,x\n")
                        .get(0),
                errors);
        assertEquals(List.of(), errors);
        assertEquals(OrganisationType.EMPLOYERS_ORGANISATION, input.organisationType());
        assertEquals(Gender.WOMAN, input.gender());
        assertEquals(Presence.ONLINE, input.presence());
        assertEquals(List.of(LocalDate.of(2026, 7, 9), LocalDate.of(2026, 7, 10)), input.daysAttended());
        assertEquals(true, input.processingConsent());
        assertEquals(true, input.photoConsent());
    }

    @Test
    void whatCannotBeReadIsNamedByItsField() {
        List<FieldError> errors = new ArrayList<>();
        SheetValues.input(
                read("name,type,gender,days,consent\nAna,Club,robot,31/02/2026,maybe\n")
                        .get(0),
                errors);
        assertEquals(
                List.of("organisationType", "gender", "daysAttended", "processingConsent"),
                errors.stream().map(FieldError::field).toList());
    }

    @Test
    void aSheetWithoutTheNameOrTheKindOfOrganisationIsRefusedWhole() {
        InvalidDataProblem problem = assertThrows(InvalidDataProblem.class, () -> read("name,country\nAna,RO\n"));
        assertEquals("file", problem.errors().get(0).field());
        assertEquals(
                "the header row has no column organisation type (the columns are: name, email, organisation,"
                        + " organisation type, country, role, gender, presence, days, consent, photos)",
                problem.getMessage());
    }

    private static List<Line> read(String csv) {
        return ParticipantSheet.read(csv.getBytes(StandardCharsets.UTF_8));
    }
}
