package io.tributary.batch.show;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows as an aligned text table for people: a header, a rule, one line per row and a row count. Cells are
 * cut to {@value #MAX_WIDTH} characters and control characters escaped, so one wide or multi-line value
 * cannot break the layout. Keeps the rows until {@link #finish()} to size the columns.
 */
final class AlignedTablePrinter implements RowPrinter {
    static final int MAX_WIDTH = 40;
    private static final String CUT = "...";

    private final PrintWriter out;
    private final List<String> columns;
    private final List<String[]> rows = new ArrayList<>();

    AlignedTablePrinter(PrintWriter out, List<String> columns) {
        this.out = out;
        this.columns = columns;
    }

    @Override
    public void row(List<Object> values) {
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cell(CellText.text(values.get(i)));
        }
        rows.add(cells);
    }

    @Override
    public void finish() {
        int[] width = new int[columns.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = columns.get(i).length();
            for (String[] row : rows) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        out.println(line(columns.toArray(String[]::new), width));
        String[] rule = new String[width.length];
        for (int i = 0; i < width.length; i++) {
            rule[i] = "-".repeat(width[i]);
        }
        out.println(line(rule, width));
        for (String[] row : rows) {
            out.println(line(row, width));
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        out.flush();
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                s.append(" | ");
            }
            s.append(cells[i]);
            if (i + 1 < cells.length) {
                s.append(" ".repeat(width[i] - cells[i].length()));
            }
        }
        return s.toString();
    }

    static String cell(String text) {
        StringBuilder s = new StringBuilder(Math.min(text.length(), MAX_WIDTH + 8));
        for (int i = 0; i < text.length() && s.length() <= MAX_WIDTH; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                s.append("\\n");
            } else if (c == '\t') {
                s.append("\\t");
            } else if (c == '\r') {
                s.append("\\r");
            } else if (Character.isISOControl(c)) {
                s.append('?');
            } else {
                s.append(c);
            }
        }
        if (s.length() <= MAX_WIDTH) {
            return s.toString();
        }
        int end = MAX_WIDTH - CUT.length();
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + CUT;
    }
}
