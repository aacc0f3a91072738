package org.consortia.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars drawn on the server as SVG coordinates (no JavaScript), one per labelled count, the longest the
 * largest: the page and the PDF draw the same figure ({@code tags/barChart.html}).
 */
public record BarChart(int width, int height, int barX, List<Bar> bars) {

    public static final int WIDTH = 640;
    private static final int BAR = 22;
    private static final int GAP = 8;
    private static final int VALUE_ROOM = 60;

    /** A bar: its label and value, its top {@code y}, its length, where its value is written and the text's baseline. */
    public record Bar(String label, long value, int y, int width, int valueX, int textY) {}

    /** A labelled count. */
    public record Value(String label, long count) {}

    /** Bars for {@code values}, in their order, the labels in a column {@code labelWidth} wide. */
    public static BarChart of(List<Value> values, int labelWidth) {
        long max = Math.max(1, values.stream().mapToLong(Value::count).max().orElse(1));
        int plotWidth = WIDTH - labelWidth - VALUE_ROOM;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value value = values.get(i);
            int y = i * (BAR + GAP);
            int width = (int) Math.max(1, Math.round((double) value.count() * plotWidth / max));
            bars.add(new Bar(value.label(), value.count(), y, width, labelWidth + width + 6, y + BAR - 6));
        }
        return new BarChart(WIDTH, Math.max(BAR, values.size() * (BAR + GAP)), labelWidth, bars);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
