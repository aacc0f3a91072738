package org.consortia.export;

import java.util.List;

/**
 * A list as it is exported: its name (the Excel sheet's), the column headers in the caller's language,
 * and the rows. A cell is text ({@link String}), a date ({@link java.time.LocalDate}), a whole number
 * ({@link Integer}) or empty ({@code null}); each format writes them as their kind.
 */
public record ExportTable(String name, List<String> headers, List<List<Object>> rows) {

    public ExportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
