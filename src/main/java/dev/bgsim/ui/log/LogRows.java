package dev.bgsim.ui.log;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The log's rows, oldest first, at most a given number. A pulse's new rows go in and the oldest
 * rows drop out in one list change: the filtered view, the table and its tailing then each react
 * once a pulse rather than once for the drop and again for the append. FX thread only.
 */
final class LogRows extends ObservableListBase<LogRow> {
    private final ArrayList<LogRow> rows = new ArrayList<>();

    /** Appends {@code added} (the newest {@code capacity} of them) and drops the oldest rows beyond {@code capacity}. */
    void append(List<LogRow> added, int capacity) {
        if (added.isEmpty()) {
            return;
        }
        List<LogRow> kept = added.size() > capacity ? added.subList(added.size() - capacity, added.size()) : added;
        int drop = Math.max(0, rows.size() + kept.size() - capacity);
        beginChange();
        try {
            if (drop > 0) {
                List<LogRow> oldest = rows.subList(0, drop);
                nextRemove(0, new ArrayList<>(oldest));
                oldest.clear();
            }
            int from = rows.size();
            rows.addAll(kept);
            nextAdd(from, rows.size());
        } finally {
            endChange();
        }
    }

    @Override
    public LogRow get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }
}
