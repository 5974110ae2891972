#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace meshscope {

// The weights of a traffic split between versions, as the Shift traffic dialog edits them: integer percentages
// that always sum to 100, rows that can be locked, "evenly", "all to one", and one mirrored version whose
// percentage is a copy of the traffic, outside the sum (its own weight is 0, as in Kiali).
//
// Moving one row takes the difference from (or gives it to) the other unlocked rows in proportion to their
// weights, so 50/25/25 with the first moved to 80 becomes 80/10/10. A row can move only as far as the unlocked
// others can follow; maximum() says how far.
class WeightSplit
{
public:
    struct Row
    {
        QString version;
        int weight = 0;
        bool locked = false;
    };

    WeightSplit() = default;
    // Every version with an even share (see distributeEvenly()).
    explicit WeightSplit(const QStringList& versions);
    // The weights as found (e.g. in a VirtualService); they need not sum to 100 until a row is moved.
    static WeightSplit fromWeights(const QList<std::pair<QString, int>>& weights);

    const QList<Row>& rows() const { return m_rows; }
    int count() const { return int(m_rows.size()); }
    int indexOf(const QString& version) const;
    int weight(int row) const { return valid(row) ? m_rows.at(row).weight : 0; }
    bool isLocked(int row) const { return valid(row) && m_rows.at(row).locked; }
    int sum() const;

    // The largest weight the row can take: 100 minus the locked rows; the row's own weight when no other
    // unlocked row could follow (or the row is locked or mirrored).
    int maximum(int row) const;
    int minimum(int row) const; // 0, or the row's own weight when it cannot move
    // Sets a row's weight (clamped to [minimum, maximum]) and rebalances the other unlocked rows so the sum is 100.
    // Returns the weight set.
    int setWeight(int row, int weight);
    void setLocked(int row, bool locked);
    // The unlocked, unmirrored rows share what the locked rows leave; the remainder goes one point each to the
    // last rows (100 over 3 is 33/33/34, as in Kiali).
    void distributeEvenly();
    // Everything to one version: every other row to 0 and unlocked (an explicit choice overrides locks); a mirror
    // of the chosen version is removed.
    void allTo(int row);

    // Mirror `percent` (0–100) of the traffic to a row (-1: no mirror). The row's weight goes to the others.
    void setMirror(int row, int percent);
    void setMirrorPercent(int percent);
    int mirrorRow() const { return m_mirrorRow; }
    int mirrorPercent() const { return m_mirrorPercent; }
    QString mirrorVersion() const { return valid(m_mirrorRow) ? m_rows.at(m_mirrorRow).version : QString(); }

    // Why the split cannot be written, in the user's words; empty when it can.
    QString problem() const;
    // "v1=80,v2=20" (the command line's --weights form), mirror excluded.
    QString toString() const;
    // Parses "v1=80,v2=20"; an error for a malformed entry, a repeated version or a weight outside 0–100.
    static WeightSplit parse(const QString& text, QString* error);

private:
    bool valid(int row) const { return row >= 0 && row < m_rows.size(); }
    bool movable(int row) const { return valid(row) && !m_rows.at(row).locked && row != m_mirrorRow; }
    // Gives `total` to the given rows in proportion to their current weights (evenly when all are 0), largest
    // remainder first.
    void share(const QList<int>& rows, int total);
    QList<int> unlockedOthers(int row) const;
    int lockedSum(int except) const;

    QList<Row> m_rows;
    int m_mirrorRow = -1;
    int m_mirrorPercent = 0;
};

} // namespace meshscope
