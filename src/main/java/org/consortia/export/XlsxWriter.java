package org.consortia.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table as an Excel workbook of one sheet, written by POI's streaming workbook (rows go to a
 * compressed temporary file, a hundred kept in memory; closing the workbook deletes it): a bold header
 * row, frozen, with an auto filter; dates as date cells, numbers as numbers, text as text (never a
 * formula, so no injection guard is needed); columns as wide as their content, within bounds.
 */
final class XlsxWriter {

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    private static final String DATE_FORMAT = "yyyy-mm-dd";

    private XlsxWriter() {}

    static void write(ExportTable table, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));

            Row headings = sheet.createRow(0);
            for (int column = 0; column < table.headers().size(); column++) {
                Cell cell = headings.createCell(column);
                cell.setCellValue(table.headers().get(column));
                cell.setCellStyle(header);
            }
            int index = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(index++);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(column);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            int last = table.headers().size() - 1;
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, last));
            for (int column = 0; column <= last; column++) {
                sheet.setColumnWidth(column, width(table, column) * 256);
            }
            workbook.write(out);
        }
    }

    /**
     * In characters: the longest value of the column, or its header plus room for the filter's button.
     * Measured rather than left to POI's auto-size, which needs fonts the server may not have.
     */
    private static int width(ExportTable table, int column) {
        int widest = table.headers().get(column).length() + 3;
        for (List<Object> row : table.rows()) {
            Object value = row.get(column);
            int length = value instanceof LocalDate
                    ? DATE_FORMAT.length()
                    : value == null ? 0 : value.toString().length();
            widest = Math.max(widest, length + 1);
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest));
    }
}
