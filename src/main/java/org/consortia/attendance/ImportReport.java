package org.consortia.attendance;

import java.util.List;
import org.consortia.common.FieldError;

/**
 * What an import of a spreadsheet found: how many rows, how many would go in, each refused row with its number in the
 * sheet and why, and how many went in (none until the person importing confirms).
 */
public record ImportReport(int rows, int accepted, List<RefusedRow> refused, int added) {

    /** A row left out: its number as the spreadsheet shows it, the name it gives (if any), and why. */
    public record RefusedRow(int row, String name, List<FieldError> errors) {}
}
