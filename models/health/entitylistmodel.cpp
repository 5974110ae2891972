#include "entitylistmodel.h"

#include "rowmerge.h"

#include <QSet>

namespace meshscope::health {

namespace {

using Cell = EntityListModel::Cell;

QString labelsText(const Labels& labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    return parts.join(QStringLiteral(", "));
}

Cell healthCell(const EntityHealth& e)
{
    // Sorts worst first when descending: Failure 4 … NA 0.
    return { statusText(e.status), int(e.status), e.reason };
}

Cell rateCell(const EntityHealth& e, bool known)
{
    const double rate = e.inboundRate();
    if (!known)
        return { QStringLiteral("—"), -1.0, {} };
    return { rate > 0 ? QString::number(rate, 'f', rate < 10 ? 2 : 1) : QStringLiteral("0"), rate,
        EntityListModel::tr("Inbound requests per second; outbound %1").arg(e.outboundRate(), 0, 'f', 2) };
}

Cell errorCell(const EntityHealth& e, bool known)
{
    const double percent = e.inboundErrorPercent();
    if (!known || percent < 0)
        return { QStringLiteral("—"), -1.0, {} };
    const double outbound = e.outboundErrorPercent();
    return { QString::number(percent, 'f', percent > 0 && percent < 10 ? 1 : 0) + QStringLiteral(" %"), percent,
        outbound >= 0 ? EntityListModel::tr("Inbound errors; outbound %1 %").arg(outbound, 0, 'f', 1) : QString() };
}

Cell configCell(const QList<ConfigRef>& refs)
{
    QStringList kinds, lines;
    for (const ConfigRef& ref : refs) {
        const QString kind = shortKind(ref.kind);
        if (!kinds.contains(kind))
            kinds.append(kind);
        lines.append(ref.kind + QLatin1Char(' ') + ref.namespace_ + QLatin1Char('/') + ref.name);
    }
    return { kinds.join(QLatin1Char(' ')), kinds.join(QLatin1Char(' ')), lines.join(QLatin1Char('\n')) };
}

// A workload's place in the mesh: sidecar, ambient, a gateway's own proxy, or outside (missing sidecar).
Cell meshCell(const WorkloadInfo& w, const Inventory& inventory)
{
    if (w.gateway)
        return { EntityListModel::tr("Gateway"), 2, EntityListModel::tr("An Istio gateway: Envoy is the workload") };
    if (w.pods.isEmpty())
        return { QStringLiteral("—"), 0, EntityListModel::tr("No pods") };
    if (w.missingSidecar()) {
        const int outside = int(w.pods.size()) - w.podsWithSidecar - w.podsAmbient;
        return { EntityListModel::tr("Missing sidecar"), -1,
            EntityListModel::tr("%1 of %2 pods run without the istio-proxy sidecar: their traffic is outside the mesh")
                .arg(outside)
                .arg(w.pods.size()) };
    }
    if (w.podsAmbient > 0 && w.podsWithSidecar == 0)
        return { EntityListModel::tr("Ambient"), 3, EntityListModel::tr("In the mesh through ztunnel (ambient mode)") };
    QSet<QString> revisions, images;
    for (int pod : w.pods) {
        revisions.insert(inventory.pods[pod].revision);
        images.insert(inventory.pods[pod].proxyImage.section(QLatin1Char(':'), -1));
    }
    const QStringList revisionList(revisions.cbegin(), revisions.cend());
    const QStringList versionList(images.cbegin(), images.cend());
    return { EntityListModel::tr("Sidecar"), 1,
        EntityListModel::tr("istio-proxy %1, revision %2")
            .arg(versionList.join(QStringLiteral(", ")), revisionList.join(QStringLiteral(", "))) };
}

} // namespace

EntityListModel::EntityListModel(Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
    , m_headers(headers(kind))
{ }

QStringList EntityListModel::headers(Kind kind)
{
    // What a health list is read for comes first: health, traffic, errors, the mesh and Istio config.
    switch (kind) {
    case Kind::App:
        return { tr("Health"), tr("Name"), tr("Namespace"), tr("Requests/s"), tr("Errors"), tr("Mesh"),
            tr("Istio config"), tr("Versions"), tr("Workloads"), tr("Labels") };
    case Kind::Workload:
        return { tr("Health"), tr("Name"), tr("Namespace"), tr("Requests/s"), tr("Errors"), tr("Pods"), tr("Mesh"),
            tr("Istio config"), tr("Type"), tr("App"), tr("Version"), tr("Labels") };
    case Kind::Service:
        break;
    }
    return { tr("Health"), tr("Name"), tr("Namespace"), tr("Requests/s"), tr("Errors"), tr("Istio config"), tr("Type"),
        tr("Ports"), tr("Workloads"), tr("Labels") };
}

int EntityListModel::configColumn() const
{
    return int(m_headers.indexOf(tr("Istio config")));
}

QList<EntityListModel::Row> EntityListModel::buildRows(Kind kind, const HealthSnapshot& snapshot)
{
    const Inventory& inv = snapshot.inventory;
    const HealthReport& report = snapshot.report;
    const bool known = report.hasRequestData;
    QList<Row> rows;
    const auto base = [&](const EntityHealth& e, const QList<ConfigRef>& refs, const Labels& labels) {
        Row row;
        row.key = key(e.namespace_, e.name);
        row.namespace_ = e.namespace_;
        row.name = e.name;
        row.status = e.status;
        row.reason = e.reason;
        row.labels = labels;
        row.config = refs;
        row.cells = { healthCell(e), { e.name, e.name, {} }, { e.namespace_, e.namespace_, {} } };
        return row;
    };
    if (kind == Kind::App) {
        for (qsizetype i = 0; i < inv.apps.size(); ++i) {
            const AppInfo& app = inv.apps[i];
            const EntityHealth& e = report.apps[i];
            Labels labels { { QStringLiteral("app"), app.name } };
            if (!app.versions.isEmpty())
                labels.insert(QStringLiteral("version"), app.versions.join(QLatin1Char(',')));
            Row row = base(e, {}, labels);
            row.config = snapshot.configRefs.apps.value(row.key);
            QStringList workloads;
            Cell mesh { tr("Sidecar"), 1, {} };
            for (int w : app.workloads) {
                workloads.append(inv.workloads[w].name);
                const Cell workloadMesh = meshCell(inv.workloads[w], inv);
                if (workloadMesh.sort.toInt() < mesh.sort.toInt() || mesh.tooltip.isEmpty())
                    mesh = workloadMesh;
                row.missingSidecar = row.missingSidecar || inv.workloads[w].missingSidecar();
            }
            row.cells += { rateCell(e, known), errorCell(e, known), mesh, configCell(row.config),
                { app.versions.join(QStringLiteral(", ")), app.versions.size(), {} },
                { QString::number(workloads.size()), workloads.size(), workloads.join(QLatin1Char('\n')) },
                { labelsText(labels), labelsText(labels), {} } };
            rows.append(std::move(row));
        }
    } else if (kind == Kind::Workload) {
        for (qsizetype i = 0; i < inv.workloads.size(); ++i) {
            const WorkloadInfo& w = inv.workloads[i];
            const EntityHealth& e = report.workloads[i];
            Row row = base(e, {}, w.labels);
            row.config = snapshot.configRefs.workloads.value(row.key);
            row.missingSidecar = w.missingSidecar();
            int ready = 0, restarts = 0;
            for (int pod : w.pods) {
                ready += inv.pods[pod].ready ? 1 : 0;
                restarts += inv.pods[pod].restarts;
            }
            const QString pods = QStringLiteral("%1/%2").arg(ready).arg(w.pods.size());
            row.cells += { rateCell(e, known), errorCell(e, known),
                { pods, ready,
                    tr("%1 ready of %2 pods, %3 restarts; %4 desired, %5 available")
                        .arg(ready)
                        .arg(w.pods.size())
                        .arg(restarts)
                        .arg(w.replicas.desired)
                        .arg(w.replicas.available) },
                meshCell(w, inv), configCell(row.config), { w.kind, w.kind, {} }, { w.app, w.app, {} },
                { w.version, w.version, {} }, { labelsText(w.labels), labelsText(w.labels), {} } };
            rows.append(std::move(row));
        }
    } else {
        for (qsizetype i = 0; i < inv.services.size(); ++i) {
            const ServiceInfo& s = inv.services[i];
            const EntityHealth& e = report.services[i];
            Row row = base(e, {}, s.labels);
            row.config = snapshot.configRefs.services.value(row.key);
            QStringList ports, workloads;
            for (const ServicePort& port : s.ports)
                ports.append(port.name.isEmpty() ? QString::number(port.port)
                                                 : QStringLiteral("%1 %2").arg(port.name).arg(port.port));
            for (int w : s.workloads) {
                workloads.append(inv.workloads[w].name);
                row.missingSidecar = row.missingSidecar || inv.workloads[w].missingSidecar();
            }
            row.cells += { rateCell(e, known), errorCell(e, known), configCell(row.config),
                { s.type.isEmpty() ? QStringLiteral("ClusterIP") : s.type, s.type, s.clusterIP },
                { ports.join(QStringLiteral(", ")), ports.join(QStringLiteral(", ")), {} },
                { workloads.join(QStringLiteral(", ")), workloads.size(), {} },
                { labelsText(s.labels), labelsText(s.labels), {} } };
            rows.append(std::move(row));
        }
    }
    return rows;
}

void EntityListModel::merge(QList<Row> rows)
{
    RowMerger<Row> merger;
    merger.beginRemove = [this](int first, int last) { beginRemoveRows({}, first, last); };
    merger.endRemove = [this] { endRemoveRows(); };
    merger.beginInsert = [this](int first, int last) { beginInsertRows({}, first, last); };
    merger.endInsert = [this] { endInsertRows(); };
    merger.changed = [this](int first, int last) { emit dataChanged(index(first, 0), index(last, columnCount() - 1)); };
    merger.merge(m_rows, m_index, std::move(rows));
}

void EntityListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

void EntityListModel::setValidationLookup(ValidationLookup lookup)
{
    m_validation = std::move(lookup);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, configColumn()), index(int(m_rows.size()) - 1, configColumn()));
}

Validation EntityListModel::validation(const Row& row) const
{
    if (!m_validation || row.config.isEmpty())
        return Validation::NotValidated;
    Validation worst = Validation::Valid;
    for (const ConfigRef& ref : row.config) {
        const Validation v = m_validation(ref);
        if (v == Validation::NotValidated)
            return Validation::NotValidated;
        worst = std::max(worst, v);
    }
    return worst;
}

int EntityListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant EntityListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    const Cell& cell = row.cells.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.tooltip.isEmpty() ? QVariant() : QVariant(cell.tooltip);
    case SortRole:
        return cell.sort;
    case KeyRole:
        return row.key;
    case NamespaceRole:
        return row.namespace_;
    case NameRole:
        return row.name;
    case HealthRole:
        return int(row.status);
    case ReasonRole:
        return row.reason;
    case LabelsRole: {
        QVariantMap map;
        for (auto it = row.labels.cbegin(); it != row.labels.cend(); ++it)
            map.insert(it.key(), it.value());
        return map;
    }
    case ConfigKindsRole: {
        QStringList kinds;
        for (const ConfigRef& ref : row.config) {
            if (!kinds.contains(shortKind(ref.kind)))
                kinds.append(shortKind(ref.kind));
        }
        return kinds;
    }
    case ConfigRefsRole: {
        QStringList refs;
        for (const ConfigRef& ref : row.config)
            refs.append(ref.kind + QLatin1Char(' ') + ref.namespace_ + QLatin1Char('/') + ref.name);
        return refs;
    }
    case ValidationRole:
        return int(validation(row));
    case MissingSidecarRole:
        return row.missingSidecar;
    default:
        return {};
    }
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return m_headers.value(section);
}

EntityFilterProxy::EntityFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EntityListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void EntityFilterProxy::setNameFilter(const QString& text)
{
    m_name = text.trimmed();
    invalidateRowsFilter();
}

std::optional<QList<EntityFilterProxy::LabelTerm>> EntityFilterProxy::parseLabels(
    const QString& expression, QString* error)
{
    QList<LabelTerm> terms;
    for (const QString& part : expression.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString term = part.trimmed();
        if (term.isEmpty())
            continue;
        LabelTerm t;
        qsizetype at = term.indexOf(QStringLiteral("!="));
        if (at >= 0) {
            t.op = LabelTerm::Op::NotEquals;
            t.key = term.left(at).trimmed();
            t.value = term.mid(at + 2).trimmed();
        } else if ((at = term.indexOf(QLatin1Char('='))) >= 0) {
            t.op = LabelTerm::Op::Equals;
            t.key = term.left(at).trimmed();
            t.value = term.mid(at + 1).trimmed();
            if (t.value.startsWith(QLatin1Char('=')))
                t.value = t.value.mid(1).trimmed(); // key==value
        } else {
            t.key = term;
        }
        if (t.key.isEmpty() || t.key.contains(QLatin1Char(' '))) {
            if (error)
                *error = tr("Cannot read the label filter \"%1\": write key=value, key!=value or key").arg(term);
            return std::nullopt;
        }
        terms.append(t);
    }
    return terms;
}

QString EntityFilterProxy::setLabelFilter(const QString& expression)
{
    QString error;
    const auto terms = parseLabels(expression, &error);
    m_labels = terms.value_or(QList<LabelTerm>());
    invalidateRowsFilter();
    return error;
}

void EntityFilterProxy::setHealthFilter(const QList<Status>& statuses)
{
    m_health = statuses;
    invalidateRowsFilter();
}

void EntityFilterProxy::setConfigKindFilter(const QStringList& shortKinds)
{
    m_kinds = shortKinds;
    invalidateRowsFilter();
}

void EntityFilterProxy::setOnlyProblems(bool only)
{
    m_onlyProblems = only;
    invalidateRowsFilter();
}

void EntityFilterProxy::setNamespaceFilter(const QString& ns)
{
    m_namespace = ns;
    invalidateRowsFilter();
}

bool EntityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const EntityListModel*>(sourceModel());
    if (!model)
        return true;
    Q_UNUSED(sourceParent)
    const EntityListModel::Row* row = model->row(sourceRow);
    if (!row)
        return false;
    if (!m_namespace.isEmpty() && row->namespace_ != m_namespace)
        return false;
    if (!m_name.isEmpty() && !row->name.contains(m_name, Qt::CaseInsensitive))
        return false;
    for (const LabelTerm& term : m_labels) {
        const auto it = row->labels.constFind(term.key);
        const bool has = it != row->labels.cend();
        // A label with several values (an app's versions "v1,v2") matches any of them.
        const bool equal = has && (it.value() == term.value || it.value().split(QLatin1Char(',')).contains(term.value));
        if ((term.op == LabelTerm::Op::Has && !has) || (term.op == LabelTerm::Op::Equals && !equal)
            || (term.op == LabelTerm::Op::NotEquals && equal))
            return false;
    }
    if (!m_health.isEmpty() && !m_health.contains(row->status))
        return false;
    if (!m_kinds.isEmpty()) {
        bool any = false;
        for (const QString& kind : m_kinds) {
            if (kind == QLatin1String("none")) {
                any = any || row->config.isEmpty();
                continue;
            }
            for (const ConfigRef& ref : row->config)
                any = any || shortKind(ref.kind) == kind;
        }
        if (!any)
            return false;
    }
    if (m_onlyProblems) {
        const bool problem = row->status == Status::Failure || row->status == Status::Degraded
            || row->status == Status::NotReady || row->missingSidecar;
        if (!problem)
            return false;
    }
    return true;
}

} // namespace meshscope::health
