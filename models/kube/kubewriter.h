#pragma once

#include "kubeapi.h"
#include "kubejson.h"

#include <QObject>

namespace meshscope {

// The outcome of a write. A conflict carries the object as it is live on the server, so the UI can show a
// three-way diff instead of a bare error.
struct KubeWriteResult
{
    enum class Outcome
    {
        Ok,
        Conflict, // 409: stale resourceVersion or server-side-apply field conflict; see liveObject
        Forbidden, // 403
        NotFound, // 404
        Invalid, // 422 / 400
        Failed, // anything else, including transport errors
    };
    Outcome outcome = Outcome::Failed;
    int status = 0;
    QJsonObject object; // what the server returned (the result, or the dry-run result)
    QJsonObject liveObject; // for Conflict: the current object, when it could be read
    QString message; // user-facing
    QJsonObject statusBody; // on failure: the Status the server answered with (details.causes name the fields)
    QStringList warnings; // the server's Warning headers (unknown fields, deprecations, webhook warnings)
    bool dryRun = false;

    bool ok() const { return outcome == Outcome::Ok; }
};

struct KubeWriteOptions
{
    bool dryRun = false; // dryRun=All: validated and admitted, not stored
    bool force = false; // server-side apply: take ownership of conflicting fields
    QString resourceVersion {}; // remove(): delete only while the object still has this resourceVersion (409 if not)
};

// Writes to the cluster: server-side apply (fieldManager=meshscope), merge patch, update, delete.
class KubeWriter : public QObject
{
    Q_OBJECT
public:
    explicit KubeWriter(KubeApi* api, QObject* parent = nullptr);

    using Done = std::function<void(const KubeWriteResult&)>;

    // object must carry apiVersion, kind and metadata.name (and namespace for namespaced kinds).
    void apply(const KubeResource& resource, const QJsonObject& object, const KubeWriteOptions& options,
        QObject* context, Done done);
    void mergePatch(const KubeResource& resource, const QString& ns, const QString& name, const QJsonObject& patch,
        const KubeWriteOptions& options, QObject* context, Done done);
    // POST: creates the object; 409 (Conflict, with the live object) when it exists already.
    void create(const KubeResource& resource, const QJsonObject& object, const KubeWriteOptions& options,
        QObject* context, Done done);
    // PUT with the object's metadata.resourceVersion as precondition.
    void update(const KubeResource& resource, const QJsonObject& object, const KubeWriteOptions& options,
        QObject* context, Done done);
    void remove(const KubeResource& resource, const QString& ns, const QString& name, const KubeWriteOptions& options,
        QObject* context, Done done);

    static constexpr const char* fieldManager = "meshscope";

private:
    void write(const KubeResource& resource, const QString& ns, const QString& name, KubeRequest request,
        const KubeWriteOptions& options, QObject* context, Done done);

    KubeApi* m_api;
};

// SelfSubjectAccessReview: may the user do verb on group/resource (in ns, or cluster-wide if empty)?
class KubeAccessReview : public QObject
{
    Q_OBJECT
public:
    explicit KubeAccessReview(KubeApi* api, QObject* parent = nullptr);

    struct Answer
    {
        bool allowed = false;
        QString reason;
        QString error; // the review itself failed
    };
    void check(const QString& verb, const QString& group, const QString& resource, const QString& ns, QObject* context,
        std::function<void(const Answer&)> done);
    // The same for a subresource, e.g. create pods/proxy.
    void check(const QString& verb, const QString& group, const QString& resource, const QString& subresource,
        const QString& ns, QObject* context, std::function<void(const Answer&)> done);

private:
    KubeApi* m_api;
};

} // namespace meshscope
