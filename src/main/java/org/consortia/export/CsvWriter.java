package org.consortia.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV (RFC 4180: commas, quotes where needed, CRLF), in UTF-8 with a byte order mark so that
 * Excel reads accents right. Dates are ISO (2026-06-15), numbers plain digits.
 */
final class CsvWriter {

    /** What a spreadsheet would take for the start of a formula (or, for tab and CR, hide one behind). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvWriter() {}

    static void write(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        // Not closed: the HTTP layer owns the response stream; flushing is enough.
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(table.headers().stream().map(CsvWriter::text));
        for (List<Object> row : table.rows()) {
            printer.printRecord(row.stream().map(CsvWriter::cell));
        }
        printer.flush();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String text ? text(text) : value.toString();
    }

    /**
     * Text that a spreadsheet would run as a formula (=HYPERLINK(…), +cmd|…, @SUM(…)) gets a leading
     * apostrophe, so it is shown as typed (CSV injection, OWASP). Dates and numbers never need it.
     */
    static String text(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
