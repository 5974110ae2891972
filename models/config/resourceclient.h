// One resource's trip to the cluster, shared by the editor and `meshscope diff` / `meshscope apply`: find its
// kind in discovery, read it live, ask the server for a dry run (server-side apply, dryRun=All) and apply it
// (server-side apply, fieldManager=meshscope; a conflict carries the fields and their managers).
#pragma once

#include "models/kube/kubediscovery.h"
#include "models/kube/kubewriter.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>

namespace meshscope::config {

struct ResourceRef
{
    KubeResource resource; // in the object's own apiVersion
    QString ns;
    QString name;

    // kubectl's way of naming it: "virtualservice.networking.istio.io/reviews"
    QString display() const;
    // kubectl diff's file name: "networking.istio.io.v1.VirtualService.default.reviews"
    QString diffName() const;
    bool operator==(const ResourceRef&) const = default;
};

// The object's kind in discovery, in the object's version; the namespace defaulted to defaultNamespace for
// namespaced kinds. nullopt and *error when the cluster does not serve it or the object lacks a name.
std::optional<ResourceRef> resolveResource(
    const KubeDiscovery& discovery, const QJsonObject& object, const QString& defaultNamespace, QString* error);

// The object as a person edits and compares it: without managedFields; with keepServerFields false also
// without status, resourceVersion, uid, generation, creationTimestamp and selfLink — what an apply never sends.
QJsonObject editableObject(const QJsonObject& object, bool keepServerFields = false);

// A field-ownership conflict the server reported on apply.
struct FieldConflict
{
    QString field; // ".spec.http"
    QString manager; // "kubectl-client-side-apply"
    QString message; // the server's text for it
};
QList<FieldConflict> fieldConflicts(const KubeWriteResult& result);

// Field errors a 422 Invalid carries (Status.details.causes): field and message.
struct StatusCause
{
    QString field;
    QString reason;
    QString message;
};
QList<StatusCause> statusCauses(const QJsonObject& statusBody);

class ResourceClient : public QObject
{
    Q_OBJECT
public:
    ResourceClient(KubeApi* api, KubeWriter* writer, QObject* parent = nullptr);

    struct Live
    {
        bool found = false;
        QJsonObject object;
        QString error; // set when the read failed (not for 404)
    };
    void fetch(const ResourceRef& ref, QObject* context, std::function<void(const Live&)> done);
    // dryRun: the server's verdict without storing; force: take over conflicting fields; resourceVersion: write
    // only while the object still has it (409 Conflict if not), e.g. the version the user reviewed.
    void apply(const ResourceRef& ref, const QJsonObject& object, bool dryRun, bool force, QObject* context,
        std::function<void(const KubeWriteResult&)> done, const QString& resourceVersion = {});

private:
    KubeApi* m_api;
    KubeWriter* m_writer;
};

} // namespace meshscope::config
