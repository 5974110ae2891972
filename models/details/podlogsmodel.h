#pragma once

#include "accesslog.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace meshscope::details {

struct LogLine
{
    QDateTime time; // the kubelet's timestamp (timestamps=true)
    QString pod;
    QString container;
    QString text;
    std::optional<AccessLogEntry> access; // Envoy access-log lines, parsed
};

// "2024-05-01T10:00:00.123456789Z message" → time and text; lines without a timestamp keep the whole text.
LogLine parseLogLine(const QByteArray& line, const QString& pod, const QString& container);

// A pod's containers' logs side by side: one time-ordered list with the container per line, Envoy access-log
// lines split into columns (code, flags, upstream cluster, duration). Lines are inserted in time order as they
// arrive from several containers; the oldest go beyond maxLines.
class PodLogsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ContainerColumn,
        CodeColumn,
        FlagsColumn,
        UpstreamColumn,
        DurationColumn,
        MessageColumn,
        ColumnCount
    };
    enum Roles
    {
        ContainerRole = Qt::UserRole + 1,
        IsAccessLogRole,
        IsErrorRole, // 5xx, no response, response flags, or ERROR/WARN in an app line
    };

    explicit PodLogsModel(QObject* parent = nullptr);
    static constexpr int maxLines = 20000;

    void add(QList<LogLine> lines); // any order; placed by time
    void clear();
    const LogLine* line(int row) const { return row >= 0 && row < m_lines.size() ? &m_lines[row] : nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LogLine> m_lines;
};

// Search: lines containing the text (case-insensitive, any column), optionally only some containers.
class PodLogsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString& text);
    void setHiddenContainers(const QStringList& containers);
    QString search() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    QStringList m_hidden;
};

} // namespace meshscope::details
