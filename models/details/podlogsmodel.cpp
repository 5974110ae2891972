#include "podlogsmodel.h"

namespace meshscope::details {

LogLine parseLogLine(const QByteArray& line, const QString& pod, const QString& container)
{
    LogLine result;
    result.pod = pod;
    result.container = container;
    QString text = QString::fromUtf8(line);
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space > 0) {
        const QDateTime time = QDateTime::fromString(text.left(space), Qt::ISODateWithMs);
        if (time.isValid()) {
            result.time = time;
            text = text.mid(space + 1);
        }
    }
    result.text = text;
    result.access = parseAccessLog(text);
    return result;
}

PodLogsModel::PodLogsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PodLogsModel::add(QList<LogLine> lines)
{
    if (lines.isEmpty())
        return;
    std::stable_sort(lines.begin(), lines.end(), [](const LogLine& a, const LogLine& b) { return a.time < b.time; });
    // Usually everything is newer than what is shown: one append. Otherwise insert each line in its place.
    if (m_lines.isEmpty() || !(lines.first().time < m_lines.last().time)) {
        beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + lines.size() - 1));
        m_lines.append(lines);
        endInsertRows();
    } else {
        for (LogLine& line : lines) {
            const auto at = std::upper_bound(m_lines.begin(), m_lines.end(), line,
                [](const LogLine& a, const LogLine& b) { return a.time < b.time; });
            const int row = int(at - m_lines.begin());
            beginInsertRows({}, row, row);
            m_lines.insert(row, std::move(line));
            endInsertRows();
        }
    }
    if (m_lines.size() > maxLines) {
        const int excess = int(m_lines.size()) - maxLines;
        beginRemoveRows({}, 0, excess - 1);
        m_lines.remove(0, excess);
        endRemoveRows();
    }
}

void PodLogsModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

int PodLogsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int PodLogsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PodLogsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ContainerColumn:
        return tr("Container");
    case CodeColumn:
        return tr("Code");
    case FlagsColumn:
        return tr("Flags");
    case UpstreamColumn:
        return tr("Upstream cluster");
    case DurationColumn:
        return tr("Duration");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

QVariant PodLogsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogLine& line = m_lines[index.row()];
    const AccessLogEntry* access = line.access ? &*line.access : nullptr;
    switch (role) {
    case ContainerRole:
        return line.container;
    case IsAccessLogRole:
        return access != nullptr;
    case IsErrorRole:
        if (access)
            return access->responseCode == 0 || access->responseCode >= 500
                || (access->responseFlags != QLatin1String("-") && !access->responseFlags.isEmpty());
        return line.text.contains(QLatin1String("ERROR")) || line.text.contains(QLatin1String("WARN"));
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? line.text : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return line.time.isValid() ? line.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")) : QString();
    case ContainerColumn:
        return line.container;
    case CodeColumn:
        return access ? QVariant(access->responseCode) : QVariant();
    case FlagsColumn:
        return access ? access->responseFlags : QString();
    case UpstreamColumn:
        return access ? access->upstreamCluster : QString();
    case DurationColumn:
        return access ? QStringLiteral("%1 ms").arg(access->durationMs) : QString();
    case MessageColumn:
        return access && !access->method.isEmpty()
            ? QStringLiteral("%1 %2  %3").arg(access->method, access->path, access->authority)
            : line.text;
    default:
        return {};
    }
}

void PodLogsFilter::setSearch(const QString& text)
{
    m_search = text;
    invalidateRowsFilter();
}

void PodLogsFilter::setHiddenContainers(const QStringList& containers)
{
    m_hidden = containers;
    invalidateRowsFilter();
}

bool PodLogsFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    Q_UNUSED(sourceParent)
    const auto* model = qobject_cast<const PodLogsModel*>(sourceModel());
    const LogLine* line = model ? model->line(sourceRow) : nullptr;
    if (!line)
        return false;
    if (m_hidden.contains(line->container))
        return false;
    return m_search.isEmpty() || line->text.contains(m_search, Qt::CaseInsensitive);
}

} // namespace meshscope::details
