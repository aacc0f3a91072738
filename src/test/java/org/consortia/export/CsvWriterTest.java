package org.consortia.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the CSV writer does to text a spreadsheet would run, and to quotes, dates and empty cells. */
class CsvWriterTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=1+2", "+41 22", "-2", "@SUM(A1:A2)", "\tcmd", "\rcmd"})
    void textThatStartsLikeAFormulaGetsAnApostrophe(String text) {
        assertEquals("'" + text, CsvWriter.text(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "Étude = 2", "D1.1", "'quoted", " =spaced"})
    void otherTextIsLeftAlone(String text) {
        assertEquals(text, CsvWriter.text(text));
    }

    @Test
    void aTableIsUtf8WithAByteOrderMarkAndQuotesOnlyWhereNeeded() throws IOException {
        ExportTable table = new ExportTable(
                "Deliverables",
                List.of("Code", "Title", "Due date", "Month"),
                List.of(
                        Arrays.asList("D1.1", "Étude, \"phase 1\"", LocalDate.of(2026, 6, 30), 18),
                        Arrays.asList("D1.2", "=cmd", null, null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CsvWriter.write(table, out);

        assertEquals(
                "\uFEFFCode,Title,Due date,Month\r\n"
                        + "D1.1,\"Étude, \"\"phase 1\"\"\",2026-06-30,18\r\n"
                        + "D1.2,'=cmd,,\r\n",
                out.toString(StandardCharsets.UTF_8));
    }
}
