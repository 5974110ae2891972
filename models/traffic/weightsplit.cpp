#include "weightsplit.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <numeric>

namespace meshscope {
namespace {

struct WeightSplitText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::WeightSplit)
};

} // namespace

WeightSplit::WeightSplit(const QStringList& versions)
{
    for (const QString& version : versions)
        m_rows.append(Row { version, 0, false });
    distributeEvenly();
}

WeightSplit WeightSplit::fromWeights(const QList<std::pair<QString, int>>& weights)
{
    WeightSplit split;
    for (const auto& [version, weight] : weights)
        split.m_rows.append(Row { version, std::clamp(weight, 0, 100), false });
    return split;
}

int WeightSplit::indexOf(const QString& version) const
{
    for (int row = 0; row < count(); ++row) {
        if (m_rows.at(row).version == version)
            return row;
    }
    return -1;
}

int WeightSplit::sum() const
{
    return std::accumulate(
        m_rows.cbegin(), m_rows.cend(), 0, [](int total, const Row& row) { return total + row.weight; });
}

int WeightSplit::lockedSum(int except) const
{
    int total = 0;
    for (int row = 0; row < count(); ++row) {
        if (row != except && m_rows.at(row).locked)
            total += m_rows.at(row).weight;
    }
    return total;
}

QList<int> WeightSplit::unlockedOthers(int except) const
{
    QList<int> rows;
    for (int row = 0; row < count(); ++row) {
        if (row != except && movable(row))
            rows << row;
    }
    return rows;
}

int WeightSplit::maximum(int row) const
{
    if (!movable(row) || unlockedOthers(row).isEmpty())
        return weight(row);
    return std::max(0, 100 - lockedSum(row));
}

int WeightSplit::minimum(int row) const
{
    if (!movable(row) || unlockedOthers(row).isEmpty())
        return weight(row);
    return 0;
}

void WeightSplit::share(const QList<int>& rows, int total)
{
    if (rows.isEmpty())
        return;
    total = std::max(0, total);
    int base = 0;
    for (int row : rows)
        base += m_rows.at(row).weight;
    // Exact shares, floored, then the points left over to the largest fractions (ties: the later row, so an
    // even split of 100 over 3 ends 33/33/34).
    QList<std::pair<double, int>> fractions;
    int given = 0;
    for (int row : rows) {
        const double exact = base > 0 ? double(total) * m_rows.at(row).weight / base : double(total) / rows.size();
        const int floored = int(exact);
        m_rows[row].weight = floored;
        given += floored;
        fractions.append({ exact - floored, row });
    }
    std::stable_sort(fractions.begin(), fractions.end(), [](const auto& a, const auto& b) {
        return a.first > b.first + 1e-9 || (qAbs(a.first - b.first) <= 1e-9 && a.second > b.second);
    });
    for (qsizetype index = 0; given < total && index < fractions.size(); ++index, ++given)
        ++m_rows[fractions.at(index).second].weight;
}

int WeightSplit::setWeight(int row, int weight)
{
    if (!valid(row))
        return 0;
    weight = std::clamp(weight, minimum(row), maximum(row));
    if (weight == m_rows.at(row).weight && sum() == 100)
        return weight;
    const QList<int> others = unlockedOthers(row);
    if (others.isEmpty())
        return m_rows.at(row).weight;
    m_rows[row].weight = weight;
    share(others, 100 - lockedSum(row) - weight);
    return weight;
}

void WeightSplit::setLocked(int row, bool locked)
{
    if (valid(row))
        m_rows[row].locked = locked;
}

void WeightSplit::distributeEvenly()
{
    QList<int> rows;
    for (int row = 0; row < count(); ++row) {
        if (movable(row)) {
            rows << row;
            m_rows[row].weight = 0;
        }
    }
    if (valid(m_mirrorRow))
        m_rows[m_mirrorRow].weight = 0;
    share(rows, 100 - lockedSum(-1));
}

void WeightSplit::allTo(int row)
{
    if (!valid(row))
        return;
    if (row == m_mirrorRow)
        setMirror(-1, 0);
    for (Row& other : m_rows) {
        other.locked = false;
        other.weight = 0;
    }
    m_rows[row].weight = 100;
}

void WeightSplit::setMirror(int row, int percent)
{
    if (!valid(row)) {
        m_mirrorRow = -1;
        m_mirrorPercent = 0;
        return;
    }
    m_mirrorRow = row;
    m_mirrorPercent = std::clamp(percent, 0, 100);
    m_rows[row].locked = false;
    const int freed = m_rows.at(row).weight;
    m_rows[row].weight = 0;
    const QList<int> others = unlockedOthers(row);
    if (freed > 0 && !others.isEmpty()) {
        int total = freed;
        for (int other : std::as_const(others))
            total += m_rows.at(other).weight;
        share(others, total);
    } else if (freed > 0) {
        // Only locked rows are left: the first of them takes the share so the sum stays 100.
        for (int other = 0; other < count(); ++other) {
            if (other != row) {
                m_rows[other].weight += freed;
                break;
            }
        }
    }
}

void WeightSplit::setMirrorPercent(int percent)
{
    if (valid(m_mirrorRow))
        m_mirrorPercent = std::clamp(percent, 0, 100);
}

QString WeightSplit::problem() const
{
    if (m_rows.isEmpty())
        return WeightSplitText::tr("There is no version to send traffic to.");
    if (sum() != 100)
        return WeightSplitText::tr("The weights add up to %1 %; they must add up to 100 %.").arg(sum());
    if (valid(m_mirrorRow) && m_rows.size() < 2)
        return WeightSplitText::tr("A version cannot mirror its own traffic.");
    return {};
}

QString WeightSplit::toString() const
{
    QStringList parts;
    for (const Row& row : m_rows)
        parts << row.version + QLatin1Char('=') + QString::number(row.weight);
    return parts.join(QLatin1Char(','));
}

WeightSplit WeightSplit::parse(const QString& text, QString* error)
{
    WeightSplit split;
    QSet<QString> seen;
    const QStringList entries = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (entries.isEmpty() && error)
        *error = WeightSplitText::tr("No weights given; write them as v1=80,v2=20.");
    for (const QString& entry : entries) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const QString version = entry.left(equals).trimmed();
        bool ok = false;
        const int weight = equals < 0 ? -1 : entry.mid(equals + 1).trimmed().toInt(&ok);
        if (equals < 0 || version.isEmpty() || !ok) {
            if (error)
                *error = WeightSplitText::tr("\"%1\" is not a weight; write them as v1=80,v2=20.").arg(entry.trimmed());
            return {};
        }
        if (weight < 0 || weight > 100) {
            if (error)
                *error = WeightSplitText::tr("The weight of %1 is %2; weights are 0 to 100.").arg(version).arg(weight);
            return {};
        }
        if (seen.contains(version)) {
            if (error)
                *error = WeightSplitText::tr("%1 is given twice.").arg(version);
            return {};
        }
        seen.insert(version);
        split.m_rows.append(Row { version, weight, false });
    }
    return split;
}

} // namespace meshscope
