#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <functional>

namespace meshscope::health {

// Merges new rows into a flat model's rows by key: removes the rows that are gone (one block at a time), updates
// changed rows in place (one dataChanged per run of changed rows) and appends new ones — never a reset, so
// selection, scroll position and sorting survive. Row needs a `key` member and operator==. The callbacks are the
// model's protected begin/end functions and signals.
template <typename Row> struct RowMerger
{
    std::function<void(int first, int last)> beginRemove, beginInsert;
    std::function<void()> endRemove, endInsert;
    std::function<void(int first, int last)> changed;

    void merge(QList<Row>& rows, QHash<QString, int>& index, QList<Row> incoming) const
    {
        QHash<QString, qsizetype> byKey;
        byKey.reserve(incoming.size());
        for (qsizetype i = 0; i < incoming.size(); ++i)
            byKey.insert(incoming[i].key, i);

        for (int last = int(rows.size()) - 1; last >= 0;) {
            if (byKey.contains(rows[last].key)) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !byKey.contains(rows[first - 1].key))
                --first;
            beginRemove(first, last);
            rows.remove(first, last - first + 1);
            endRemove();
            last = first - 1;
        }

        QList<bool> seen(incoming.size(), false);
        int runStart = -1;
        for (int i = 0; i < rows.size(); ++i) {
            const qsizetype from = byKey.value(rows[i].key);
            seen[from] = true;
            if (rows[i] == incoming[from]) {
                if (runStart >= 0)
                    changed(runStart, i - 1);
                runStart = -1;
                continue;
            }
            rows[i] = std::move(incoming[from]);
            if (runStart < 0)
                runStart = i;
        }
        if (runStart >= 0)
            changed(runStart, int(rows.size()) - 1);

        QList<Row> added;
        for (qsizetype i = 0; i < incoming.size(); ++i) {
            if (!seen[i])
                added.append(std::move(incoming[i]));
        }
        if (!added.isEmpty()) {
            const int first = int(rows.size());
            beginInsert(first, first + int(added.size()) - 1);
            for (Row& row : added)
                rows.append(std::move(row));
            endInsert();
        }
        index.clear();
        index.reserve(rows.size());
        for (int i = 0; i < rows.size(); ++i)
            index.insert(rows[i].key, i);
    }
};

} // namespace meshscope::health
