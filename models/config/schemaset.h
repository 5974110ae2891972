// The schemas validation uses: the built-in set (Istio's kinds and Gateway API Gateway/HTTPRoute, compiled in
// from models/config/schemas/), or a cluster's own CustomResourceDefinitions with the built-in set for kinds
// the cluster lacks. Immutable once built; share it across threads through the shared_ptr.
#pragma once

#include "models/config/schema.h"

#include <QHash>
#include <memory>

namespace meshscope::config {

class SchemaSet
{
public:
    enum class Origin
    {
        BuiltIn,
        Cluster,
    };

    // The compiled-in set (parsed once, on first use, from any thread).
    static std::shared_ptr<const SchemaSet> builtIn();
    // The cluster's CRDs for the kinds they define; fallback's kinds for the rest.
    static std::shared_ptr<const SchemaSet> fromCrds(
        const QList<QJsonObject>& crds, const std::shared_ptr<const SchemaSet>& fallback);
    // From schema files in the own format; false and *error when one is malformed.
    static std::shared_ptr<const SchemaSet> fromFiles(const QStringList& texts, QString* error);

    const KindSchema* find(const QString& group, const QString& kind) const;
    // "networking.istio.io/v1", "VirtualService": the kind when its group matches (any version).
    const KindSchema* findForApiVersion(const QString& apiVersion, const QString& kind) const;
    const KindSchema* findByResource(const QString& group, const QString& plural) const;
    QList<const KindSchema*> kinds() const; // by group, then kind
    Origin originOf(const KindSchema& kind) const;
    Origin origin() const { return m_origin; } // Cluster when any kind came from the cluster
    QString describeOrigin() const; // "built-in schemas (Istio 1.32, Gateway API v1.2.1)", "cluster CRDs (…)"

    // Set when the built-in files failed to load (a build defect); the set is then empty.
    QString loadError() const { return m_loadError; }

private:
    void add(const KindSchema& kind, Origin origin);

    QList<KindSchema> m_kinds;
    QList<Origin> m_origins;
    QHash<QString, qsizetype> m_byGroupKind;
    QHash<QString, qsizetype> m_byResource;
    Origin m_origin = Origin::BuiltIn;
    QString m_loadError;
};

} // namespace meshscope::config
