#include "models/config/schemaset.h"

#include "models/config/openapischema.h"
#include "models/config/schemaformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <mutex>

namespace meshscope::config {

namespace {
QString groupKind(const QString& group, const QString& kind)
{
    return group + QLatin1Char('/') + kind;
}

QStringList builtInTexts(QString* error)
{
    QStringList texts;
    const QDir dir(QStringLiteral(":/meshscope/schemas"));
    for (const QString& name : dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(file.fileName());
            return {};
        }
        texts.append(QString::fromUtf8(file.readAll()));
    }
    if (texts.isEmpty())
        *error = QStringLiteral("the built-in schema set is missing from the program");
    return texts;
}
} // namespace

std::shared_ptr<const SchemaSet> SchemaSet::builtIn()
{
    static std::once_flag once;
    static std::shared_ptr<const SchemaSet> set;
    std::call_once(once, [] {
        QString error;
        const QStringList texts = builtInTexts(&error);
        std::shared_ptr<const SchemaSet> loaded = error.isEmpty() ? fromFiles(texts, &error) : nullptr;
        if (!loaded) {
            auto empty = std::make_shared<SchemaSet>();
            empty->m_loadError = error;
            loaded = empty;
        }
        set = loaded;
    });
    return set;
}

std::shared_ptr<const SchemaSet> SchemaSet::fromFiles(const QStringList& texts, QString* error)
{
    auto set = std::make_shared<SchemaSet>();
    for (const QString& text : texts) {
        QList<KindSchema> kinds;
        if (!readSchemaFile(text, &kinds, error))
            return nullptr;
        for (const KindSchema& kind : kinds)
            set->add(kind, Origin::BuiltIn);
    }
    return set;
}

std::shared_ptr<const SchemaSet> SchemaSet::fromCrds(
    const QList<QJsonObject>& crds, const std::shared_ptr<const SchemaSet>& fallback)
{
    auto set = std::make_shared<SchemaSet>();
    for (const QJsonObject& crd : crds) {
        KindSchema kind;
        QString error;
        if (kindFromCrd(crd, &kind, &error) && kind.root && !kind.root->properties.isEmpty())
            set->add(kind, Origin::Cluster);
    }
    if (fallback) {
        for (const KindSchema* kind : fallback->kinds()) {
            if (!set->find(kind->group, kind->kind))
                set->add(*kind, Origin::BuiltIn);
        }
    }
    return set;
}

void SchemaSet::add(const KindSchema& kind, Origin origin)
{
    const QString key = groupKind(kind.group, kind.kind);
    if (const auto it = m_byGroupKind.constFind(key); it != m_byGroupKind.constEnd()) {
        m_kinds[*it] = kind;
        m_origins[*it] = origin;
    } else {
        m_byGroupKind.insert(key, m_kinds.size());
        m_byResource.insert(groupKind(kind.group, kind.plural), m_kinds.size());
        m_kinds.append(kind);
        m_origins.append(origin);
    }
    if (origin == Origin::Cluster)
        m_origin = Origin::Cluster;
}

const KindSchema* SchemaSet::find(const QString& group, const QString& kind) const
{
    const auto it = m_byGroupKind.constFind(groupKind(group, kind));
    return it == m_byGroupKind.constEnd() ? nullptr : &m_kinds.at(*it);
}

const KindSchema* SchemaSet::findForApiVersion(const QString& apiVersion, const QString& kind) const
{
    const QString group
        = apiVersion.contains(QLatin1Char('/')) ? apiVersion.section(QLatin1Char('/'), 0, 0) : QString();
    return find(group, kind);
}

const KindSchema* SchemaSet::findByResource(const QString& group, const QString& plural) const
{
    const auto it = m_byResource.constFind(groupKind(group, plural));
    return it == m_byResource.constEnd() ? nullptr : &m_kinds.at(*it);
}

QList<const KindSchema*> SchemaSet::kinds() const
{
    QList<const KindSchema*> out;
    for (const KindSchema& kind : m_kinds)
        out.append(&kind);
    std::sort(out.begin(), out.end(), [](const KindSchema* a, const KindSchema* b) {
        return std::tie(a->group, a->kind) < std::tie(b->group, b->kind);
    });
    return out;
}

SchemaSet::Origin SchemaSet::originOf(const KindSchema& kind) const
{
    const auto it = m_byGroupKind.constFind(groupKind(kind.group, kind.kind));
    return it == m_byGroupKind.constEnd() ? Origin::BuiltIn : m_origins.at(*it);
}

QString SchemaSet::describeOrigin() const
{
    qsizetype fromCluster = std::count(m_origins.begin(), m_origins.end(), Origin::Cluster);
    if (fromCluster == 0)
        return QCoreApplication::translate("SchemaSet", "built-in schemas (Istio 1.32, Gateway API v1.2.1)");
    return QCoreApplication::translate("SchemaSet", "the cluster's CRD schemas (%1 kinds; built-in for %2 more)")
        .arg(fromCluster)
        .arg(m_kinds.size() - fromCluster);
}

} // namespace meshscope::config
