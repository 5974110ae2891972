// What the API server does with a custom resource before storing it (or answering a dry run): read the schema
// from the resource's CustomResourceDefinition, handle undeclared fields (fieldValidation Strict: 400; Warn:
// a Warning header; Ignore: silent) and prune them, fill in defaults, validate the structural schema and then
// the CEL rules (422 Invalid with Status.details.causes), and finally run Istio's validating webhook
// (istiod's "validation.istio.io": 400 when it denies). Built-in kinds pass through untouched.
#pragma once

#include "sim/apiserver/resourcecatalog.h"
#include "sim/http/httpmessage.h"

#include <QHash>
#include <QJsonObject>
#include <memory>
#include <optional>

namespace meshscope::config {
class SchemaSet;
}

namespace meshscope::sim {

class ObjectStore;

class Admission
{
public:
    explicit Admission(ObjectStore& store);
    ~Admission();

    struct Verdict
    {
        std::optional<SimHttpReply> rejection; // set: answer with it
        QJsonObject object; // pruned and defaulted
        QList<QByteArray> warnings; // Warning header values
    };
    // fieldValidation: the request's query parameter ("Strict", "Warn", "Ignore" or "").
    Verdict admit(const ResourceType& type, const QJsonObject& object, const QString& fieldValidation) const;

private:
    // The schema of the resource's CRD as it is stored now (cached per CRD resourceVersion).
    std::shared_ptr<const config::SchemaSet> schemaFor(const ResourceType& type) const;

    ObjectStore& m_store;
    mutable QHash<QString, std::pair<qint64, std::shared_ptr<const config::SchemaSet>>> m_cache;
};

} // namespace meshscope::sim
