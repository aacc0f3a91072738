package org.consortia.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.consortia.common.InvalidDataProblem;

/** The formats of an export, named by the extension of the address ({@code deliverables.csv}). */
public enum ExportFormat {
    CSV("text/csv; charset=utf-8") {
        @Override
        void write(ExportTable table, OutputStream out) throws IOException {
            CsvWriter.write(table, out);
        }
    },
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
        @Override
        void write(ExportTable table, OutputStream out) throws IOException {
            XlsxWriter.write(table, out);
        }
    };

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The format an extension names, in any case; a 400 on {@code format} for any other. */
    public static ExportFormat of(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension().equalsIgnoreCase(extension)) {
                return format;
            }
        }
        throw new InvalidDataProblem("format", "unknown export format " + extension + "; expected csv or xlsx");
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }

    abstract void write(ExportTable table, OutputStream out) throws IOException;
}
