package org.consortia.attendance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consortia.common.InvalidDataProblem;

/**
 * The rows of a spreadsheet of participants, CSV (comma or semicolon, as Excel writes it in French) or XLSX (its first
 * sheet), told apart by their content: a header row naming the columns, in English or French, then one participant per row. Each row comes as its
 * number in the sheet and its cells by column ({@link Column}); a file that cannot be read is a 400 on {@code file}.
 */
final class ParticipantSheet {

    /** The most rows one import takes. */
    static final int MAX_ROWS = 5000;

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** How an XLSX file (a ZIP archive) starts; anything else is read as CSV text. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** The columns a sheet may have, and the headers that name each. */
    enum Column {
        NAME("name", "nom", "full name", "nom complet", "participant"),
        EMAIL("email", "e-mail", "mail", "courriel", "adresse electronique"),
        ORGANISATION("organisation", "organization", "organisme", "structure"),
        ORGANISATION_TYPE(
                "organisation type",
                "organization type",
                "kind of organisation",
                "type",
                "type d'organisation",
                "type de structure"),
        COUNTRY("country", "pays", "country of the organisation", "pays de l'organisation"),
        ROLE("role", "fonction", "function", "position", "poste"),
        GENDER("gender", "genre", "sexe"),
        PRESENCE("presence", "in person or online", "mode", "en presentiel ou en ligne", "participation"),
        DAYS("days", "days attended", "jours", "jours de presence", "dates"),
        CONSENT(
                "consent",
                "processing consent",
                "consent to the processing",
                "consentement",
                "consentement au traitement"),
        PHOTOS("photos", "photo consent", "consent to photos", "consentement aux photos", "droit a l'image");

        private final List<String> headers;

        Column(String... headers) {
            this.headers = List.of(headers);
        }

        static Column named(String header) {
            String key = key(header);
            for (Column column : values()) {
                if (column.headers.stream().map(ParticipantSheet::key).anyMatch(key::equals)) {
                    return column;
                }
            }
            return null;
        }
    }

    /** A row of the sheet: its number as the spreadsheet shows it (the header is row 1), its cells by column. */
    record Line(int number, Map<Column, String> cells) {

        String get(Column column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /**
     * The largest part of a workbook read, once inflated: 5,000 rows make about 3 MB of sheet. A workbook that inflates
     * further (a "zip bomb" of a few MB) is refused before it fills the heap. POI's limit is process-wide; only imports
     * read workbooks (the exports write them).
     */
    private static final long MAX_INFLATED_ENTRY = 16L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_INFLATED_ENTRY);
    }

    private ParticipantSheet() {}

    /**
     * The rows of {@code body}, an XLSX workbook or CSV text, told apart by their first bytes (browsers name a CSV file
     * {@code text/csv} or {@code application/vnd.ms-excel} depending on the system).
     */
    static List<Line> read(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidDataProblem("file", "the file is empty");
        }
        List<List<String>> rows = isXlsx(body) ? xlsx(body) : csv(body);
        if (rows.isEmpty()) {
            throw new InvalidDataProblem("file", "the file has no header row");
        }
        Map<Integer, Column> columns = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            Column column = Column.named(header.get(i));
            if (column != null && !columns.containsValue(column)) {
                columns.put(i, column);
            }
        }
        for (Column required : List.of(Column.NAME, Column.ORGANISATION_TYPE)) {
            if (!columns.containsValue(required)) {
                throw new InvalidDataProblem(
                        "file",
                        "the header row has no column " + required.headers.get(0) + " (the columns are: name, email,"
                                + " organisation, organisation type, country, role, gender, presence, days, consent,"
                                + " photos)");
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            if (lines.size() == MAX_ROWS) {
                throw new InvalidDataProblem("file", "an import takes at most " + MAX_ROWS + " rows");
            }
            Map<Column, String> cells = new LinkedHashMap<>();
            columns.forEach((index, column) -> cells.put(column, index < row.size() ? row.get(index) : null));
            lines.add(new Line(r + 1, cells));
        }
        return lines;
    }

    private static boolean isXlsx(byte[] body) {
        return body.length > ZIP.length && java.util.Arrays.equals(body, 0, ZIP.length, ZIP, 0, ZIP.length);
    }

    /**
     * The file's text: UTF-8 if it is, else Windows-1252, what Excel writes for "CSV" in Western European languages (a
     * name with accents must not come out as replacement characters).
     */
    private static String text(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(body, Charset.forName("windows-1252"));
        }
    }

    private static List<List<String>> csv(byte[] body) {
        String text = text(body);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get()
                .parse(new StringReader(text))) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
                if (rows.size() > MAX_ROWS + 1) {
                    throw new InvalidDataProblem("file", "an import takes at most " + MAX_ROWS + " rows");
                }
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new InvalidDataProblem("file", "the file is not a CSV file that can be read: " + e.getMessage());
        }
    }

    private static List<List<String>> xlsx(byte[] body) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            FormulaEvaluator formulas = workbook.getCreationHelper().createFormulaEvaluator();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                if (rows.size() > MAX_ROWS + 1) {
                    throw new InvalidDataProblem("file", "an import takes at most " + MAX_ROWS + " rows");
                }
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(row.getCell(c), formatter, formulas));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidDataProblem problem) {
                throw problem;
            }
            throw new InvalidDataProblem("file", "the file is not an Excel workbook (.xlsx) that can be read");
        }
    }

    /** A cell as text: a date as yyyy-mm-dd, anything else as the sheet shows it. */
    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator formulas) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getDateCellValue()
                    .toInstant()
                    .atZone(ZoneOffset.systemDefault())
                    .toLocalDate();
            return date.toString();
        }
        try {
            return formatter.formatCellValue(cell, formulas);
        } catch (RuntimeException cannotEvaluate) {
            // A function POI does not know: the value the spreadsheet saved with the formula.
            return cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING
                    ? cell.getStringCellValue()
                    : formatter.formatRawCellContents(
                            cell.getNumericCellValue(),
                            cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString());
        }
    }

    private static int count(String text, char character) {
        return (int) text.chars().filter(c -> c == character).count();
    }

    /** A header or a value as compared: lower case, without accents, single spaces, the curly apostrophe straight. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text.replace('’', '\''), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }
}
