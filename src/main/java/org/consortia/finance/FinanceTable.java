package org.consortia.finance;

import java.util.ArrayList;
import java.util.List;
import org.consortia.export.ExportTable;

/**
 * The finance page's table as a spreadsheet, in the layout of the Portal's financial statements: a line per
 * beneficiary with the costs declared per category, the eligible costs, then the budget, the share consumed and the
 * forecast at completion; the consortium's line last. Beneficiaries whose detail the reader may not see have their
 * name only.
 */
final class FinanceTable {

    private FinanceTable() {}

    static ExportTable of(FinanceView view, FinanceMessages texts) {
        List<String> headers = new ArrayList<>(List.of(texts.beneficiary()));
        view.categories().forEach(headers::add);
        headers.addAll(List.of(
                texts.col_declared_eligible(),
                texts.requested(),
                texts.col_budget_eligible(),
                texts.col_consumed(),
                texts.col_forecast()));
        List<List<Object>> rows = new ArrayList<>();
        for (FinanceView.Row row : view.beneficiaries()) {
            rows.add(line(row.beneficiary(), row, view));
        }
        if (view.consortium() != null) {
            rows.add(line(texts.consortium(), view.consortium(), view));
        }
        return new ExportTable(texts.finances_title(), headers, rows);
    }

    private static List<Object> line(String name, FinanceView.Row row, FinanceView view) {
        List<Object> cells = new ArrayList<>();
        cells.add(name);
        for (String category : view.categories()) {
            cells.add(row.detailed() ? row.declaredByCategory().get(category) : null);
        }
        cells.add(row.declared());
        cells.add(row.requested());
        cells.add(row.budget());
        cells.add(row.consumed());
        cells.add(row.forecast());
        return cells;
    }
}
