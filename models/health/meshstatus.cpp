#include "meshstatus.h"

#include <QJsonArray>
#include <QSslCertificate>
#include <yaml-cpp/yaml.h>

namespace meshscope::health {

namespace {

QJsonValue toJson(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto& entry : node)
            object.insert(QString::fromStdString(entry.first.as<std::string>()), toJson(entry.second));
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const auto& item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Scalar: {
        const std::string text = node.Scalar();
        if (node.Tag() != "!") { // plain scalars: numbers and booleans as such
            if (text == "true" || text == "false")
                return text == "true";
            bool ok = false;
            const double number = QString::fromStdString(text).toDouble(&ok);
            if (ok)
                return number;
        }
        return QString::fromStdString(text);
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue();
}

QString text(const QJsonObject& o, const char* field)
{
    return o.value(QLatin1String(field)).toString();
}

QJsonObject metadata(const QJsonObject& o)
{
    return o.value(QLatin1String("metadata")).toObject();
}

} // namespace

QJsonValue yamlToJson(const QByteArray& yaml, QString* error)
{
    try {
        return toJson(YAML::Load(yaml.toStdString()));
    } catch (const YAML::Exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return QJsonValue();
    }
}

qint64 RootCertificate::daysLeft(const QDateTime& now) const
{
    return now.daysTo(notAfter);
}

MeshStatus meshStatus(const HealthSnapshot& snapshot, const QString& istioNamespace)
{
    MeshStatus status;
    status.controlPlane = controlPlaneSummary(snapshot);
    QHash<QString, QString> revisionOfTag;
    for (const QJsonObject& webhook : snapshot.webhooks) {
        const QJsonObject labels = metadata(webhook).value(QLatin1String("labels")).toObject();
        const QString tag = labels.value(QLatin1String("istio.io/tag")).toString();
        if (tag.isEmpty())
            continue;
        const QString revision = labels.value(QLatin1String("istio.io/rev")).toString(QStringLiteral("default"));
        status.tags.append({ tag, revision, text(metadata(webhook), "name") });
        revisionOfTag.insert(tag, revision);
    }
    std::sort(status.tags.begin(), status.tags.end(),
        [](const RevisionTag& a, const RevisionTag& b) { return a.tag < b.tag; });

    for (const QJsonObject& iop : snapshot.istioOperators) {
        const QJsonObject meta = metadata(iop);
        if (text(meta, "namespace") != istioNamespace && status.installed.found)
            continue;
        const QJsonObject spec = iop.value(QLatin1String("spec")).toObject();
        InstalledState& s = status.installed;
        s.found = true;
        s.name = text(meta, "name");
        s.profile = text(spec, "profile").isEmpty() ? QStringLiteral("default") : text(spec, "profile");
        s.hub = text(spec, "hub");
        s.tag = spec.value(QLatin1String("tag")).toVariant().toString();
        s.revision = text(spec, "revision").isEmpty() ? QStringLiteral("default") : text(spec, "revision");
        s.enabled.clear();
        s.disabled.clear();
        const QJsonObject components = spec.value(QLatin1String("components")).toObject();
        for (auto it = components.begin(); it != components.end(); ++it) {
            const QJsonArray list = it.value().isArray() ? it.value().toArray() : QJsonArray { it.value() };
            for (const QJsonValue& component : list) {
                const QString name = component[QLatin1String("name")].toString().isEmpty()
                    ? it.key()
                    : it.key() + QLatin1Char('/') + component[QLatin1String("name")].toString();
                (component[QLatin1String("enabled")].toBool(true) ? s.enabled : s.disabled).append(name);
            }
        }
    }

    for (const QJsonObject& map : snapshot.configMaps) {
        const QJsonObject meta = metadata(map);
        if (text(meta, "namespace") != istioNamespace)
            continue;
        const QJsonObject data = map.value(QLatin1String("data")).toObject();
        if (text(meta, "name") == QLatin1String("istio")) {
            const QJsonValue mesh
                = yamlToJson(data.value(QLatin1String("mesh")).toString().toUtf8(), &status.meshConfigError);
            status.meshConfig = mesh.toObject();
        } else if (text(meta, "name") == QLatin1String("istio-ca-root-cert")) {
            const QList<QSslCertificate> certificates
                = QSslCertificate::fromData(data.value(QLatin1String("root-cert.pem")).toString().toUtf8(), QSsl::Pem);
            RootCertificate& cert = status.rootCert;
            cert.found = true;
            if (certificates.isEmpty()) {
                cert.error = QStringLiteral("root-cert.pem holds no PEM certificate");
                continue;
            }
            const QSslCertificate& root = certificates.first();
            cert.subject = root.subjectDisplayName();
            cert.issuer = root.issuerDisplayName();
            cert.notBefore = root.effectiveDate();
            cert.notAfter = root.expiryDate();
        }
    }

    // Which revision each injected namespace asks for, and how many of its pods are still elsewhere.
    const Inventory& inv = snapshot.inventory;
    for (const NamespaceInfo& ns : inv.namespaces) {
        NamespaceRevision row;
        row.namespace_ = ns.name;
        if (!ns.revision.isEmpty()) {
            row.label = QStringLiteral("istio.io/rev=") + ns.revision;
            row.revision = revisionOfTag.value(ns.revision, ns.revision);
        } else if (ns.injection == QLatin1String("enabled")) {
            row.label = QStringLiteral("istio-injection=enabled");
            row.revision = revisionOfTag.value(QStringLiteral("default"), QStringLiteral("default"));
        } else {
            continue;
        }
        status.namespaces.append(row);
    }
    for (const PodInfo& pod : inv.pods) {
        if (!pod.sidecar)
            continue;
        for (NamespaceRevision& row : status.namespaces) {
            if (row.namespace_ != pod.namespace_)
                continue;
            ++row.pods;
            const QString revision = pod.revision.isEmpty() ? QStringLiteral("default") : pod.revision;
            row.podsOnOtherRevisions += revision != row.revision ? 1 : 0;
        }
    }
    return status;
}

struct JsonTreeModel::Node
{
    QString key;
    QString value; // scalars
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    int row = 0;
};

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QJsonObject& object)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    std::function<void(Node*, const QString&, const QJsonValue&)> add
        = [&add](Node* parent, const QString& key, const QJsonValue& value) {
              auto node = std::make_unique<Node>();
              node->key = key;
              node->parent = parent;
              node->row = int(parent->children.size());
              if (value.isObject()) {
                  const QJsonObject o = value.toObject();
                  for (auto it = o.begin(); it != o.end(); ++it)
                      add(node.get(), it.key(), it.value());
              } else if (value.isArray()) {
                  const QJsonArray a = value.toArray();
                  for (qsizetype i = 0; i < a.size(); ++i)
                      add(node.get(), QStringLiteral("[%1]").arg(i), a[i]);
              } else if (value.isBool()) {
                  node->value = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
              } else if (value.isDouble()) {
                  node->value = QString::number(value.toDouble());
              } else if (value.isNull()) {
                  node->value = QStringLiteral("null");
              } else {
                  node->value = value.toString();
              }
              parent->children.push_back(std::move(node));
          };
    for (auto it = object.begin(); it != object.end(); ++it)
        add(m_root.get(), it.key(), it.value());
    endResetModel();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* node = parent.isValid() ? static_cast<const Node*>(parent.internalPointer()) : m_root.get();
    if (row < 0 || row >= int(node->children.size()) || column < 0 || column > 1)
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* node = static_cast<const Node*>(child.internalPointer());
    if (!node->parent || node->parent == m_root.get())
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node* node = parent.isValid() ? static_cast<const Node*>(parent.internalPointer()) : m_root.get();
    return int(node->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex&) const
{
    return 2;
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const Node* node = static_cast<const Node*>(index.internalPointer());
    return index.column() == 0 ? node->key : node->value;
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Setting") : tr("Value");
}

} // namespace meshscope::health
