package be.vierdepijler.core.report.domain;

import be.vierdepijler.core.shared.table.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Suppression of small counts in a published table, so that no person can be singled out: a count of 1 up to (not
 * including) the threshold is shown as empty (null), zero stays visible. A shown total must not give a suppressed
 * count away, so suppression goes on in <em>lines</em> until none leaks: a line is a set of cells (parts) that add up to
 * another cell (its total) — a row's parts and the row's total column, a column's rows and the totals row. Whenever a
 * line holds exactly one suppressed part while its total is shown, the smallest other non-zero part of the line is
 * suppressed too (secondary suppression); when there is no such part (the others are all zero), the total itself is.
 * This repeats until nothing changes. Two suppressed parts in a line leave only their sum known.
 *
 * <p>The heuristic is the usual one of statistics offices' tables (not a full linear-programming audit); see
 * docs/adr/0017-reports-as-tables.md.
 */
public final class SmallCounts {

    private SmallCounts() {
    }

    /**
     * Count columns that add up within a row: {@code parts} (column indexes) sum to the column {@code total} (an index,
     * or -1 when the row shows no total of them). A count column that adds up with nothing is a group of one part and
     * no total.
     */
    public record Group(List<Integer> parts, int total) {

        public Group {
            parts = List.copyOf(parts);
        }

        public static Group of(int total, Integer... parts) {
            return new Group(List.of(parts), total);
        }

        public static Group alone(int column) {
            return new Group(List.of(column), -1);
        }
    }

    /** A cell of a table: a row (the totals row is number {@code rows().size()}) and a column. */
    record Cell(int row, int column) {
    }

    /** Parts that add up to a total (null: the total is not shown). */
    record Line(List<Cell> parts, Cell total) {
    }

    /**
     * The table with its small counts (and every count that would give one away) replaced by null.
     *
     * @param groups    the count columns and how they add up in a row; the totals row, when there is one, is the sum
     *                  of each count column's rows
     * @param threshold counts below it (and above zero) are suppressed; 1 or less suppresses nothing
     */
    public static Table suppress(Table table, List<Group> groups, int threshold) {
        int rows = table.rows().size();
        boolean totals = table.totals() != null;
        int width = table.columns().size();
        Long[][] values = new Long[rows + 1][width];
        for (int r = 0; r <= rows; r++) {
            List<Object> row = r < rows ? table.rows().get(r) : table.totals();
            for (int c = 0; row != null && c < width; c++) {
                values[r][c] = row.get(c) instanceof Number n ? n.longValue() : null;
            }
        }
        List<Line> lines = new ArrayList<>();
        List<Integer> countColumns = new ArrayList<>();
        for (Group g : groups) {
            countColumns.addAll(g.parts());
            if (g.total() >= 0) {
                countColumns.add(g.total());
            }
            for (int r = 0; r < rows + (totals ? 1 : 0); r++) {
                int row = r;
                lines.add(new Line(g.parts().stream().map(c -> new Cell(row, c)).toList(),
                        g.total() < 0 ? null : new Cell(row, g.total())));
            }
        }
        for (int c : countColumns) {
            List<Cell> parts = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                parts.add(new Cell(r, c));
            }
            lines.add(new Line(parts, totals ? new Cell(rows, c) : null));
        }
        boolean[][] hidden = hide(values, countColumns, lines, threshold, rows + (totals ? 1 : 0));

        List<List<Object>> shownRows = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            shownRows.add(shown(table.rows().get(r), hidden[r]));
        }
        return new Table(table.key(), table.title(), table.columns(), shownRows,
                totals ? shown(table.totals(), hidden[rows]) : null);
    }

    private static boolean[][] hide(Long[][] values, List<Integer> countColumns, List<Line> lines, int threshold,
                                    int rowCount) {
        boolean[][] hidden = new boolean[values.length][values.length == 0 ? 0 : values[0].length];
        for (int r = 0; r < rowCount; r++) {
            for (int c : countColumns) {
                Long v = values[r][c];
                hidden[r][c] = v != null && v > 0 && v < threshold;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines) {
                List<Cell> hiddenParts = line.parts().stream().filter(p -> hidden[p.row()][p.column()]).toList();
                if (hiddenParts.size() != 1 || line.total() == null
                        || hidden[line.total().row()][line.total().column()]) {
                    continue;
                }
                Cell smallest = null;
                for (Cell p : line.parts()) {
                    Long v = values[p.row()][p.column()];
                    if (!hidden[p.row()][p.column()] && v != null && v > 0
                            && (smallest == null || v < values[smallest.row()][smallest.column()])) {
                        smallest = p;
                    }
                }
                Cell next = smallest != null ? smallest : line.total();
                hidden[next.row()][next.column()] = true;
                changed = true;
            }
        }
        return hidden;
    }

    private static List<Object> shown(List<Object> row, boolean[] hidden) {
        List<Object> cells = new ArrayList<>(row);
        for (int c = 0; c < cells.size(); c++) {
            if (hidden[c]) {
                cells.set(c, null);
            }
        }
        return cells;
    }
}
