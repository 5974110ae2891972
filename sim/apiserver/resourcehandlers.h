// The REST verbs on /api/v1/… and /apis/<group>/<version>/…: list (selectors, pagination, Table), watch,
// get, create, update, patch (merge, JSON, strategic-as-merge, server-side apply), delete, dryRun.
#pragma once

#include "sim/apiserver/admission.h"
#include "sim/apiserver/auth.h"
#include "sim/apiserver/resourcecatalog.h"
#include "sim/http/httpmessage.h"

#include <QJsonObject>

namespace meshscope::sim {

class HttpConnection;
class ObjectStore;
struct ApiFaults;

struct ResourceRequest
{
    const SimHttpRequest& http;
    const ResourceType& type;
    QString version;
    QString ns;
    QString name;
    QString subresource;
    ApiUser user;
};

class ResourceHandlers
{
public:
    ResourceHandlers(ObjectStore& store, const ApiFaults& faults);

    // Answers on connection (a watch keeps it); returns the opened watch, if any.
    QObject* handle(const ResourceRequest& request, HttpConnection* connection);

private:
    SimHttpReply list(const ResourceRequest& request);
    QObject* watch(const ResourceRequest& request, HttpConnection* connection);
    SimHttpReply get(const ResourceRequest& request);
    SimHttpReply create(const ResourceRequest& request);
    SimHttpReply update(const ResourceRequest& request);
    SimHttpReply patch(const ResourceRequest& request);
    SimHttpReply remove(const ResourceRequest& request);
    // Validates, records managed fields and stores (unless dry run); the reply carries the result.
    SimHttpReply commit(const ResourceRequest& request, QJsonObject object, const std::optional<QJsonObject>& previous,
        int status, const QString& manager, bool managedByApply = false);
    // commit() once admission (schema, rules, webhook) has passed.
    SimHttpReply store(const ResourceRequest& request, QJsonObject object, const std::optional<QJsonObject>& previous,
        int status, const QString& manager, bool managedByApply);
    QByteArray render(
        const ResourceRequest& request, const QJsonObject& object, const QByteArray& cachedJson = {}) const;
    QString groupResource(const ResourceRequest& request) const;

    ObjectStore& m_store;
    const ApiFaults& m_faults;
    Admission m_admission;
};

} // namespace meshscope::sim
