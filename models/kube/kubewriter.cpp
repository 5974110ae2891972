#include "kubewriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace meshscope {
namespace {

QString metadataField(const QJsonObject& object, const char* field)
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String(field)).toString();
}

KubeWriteResult::Outcome outcomeFor(int status)
{
    if (status >= 200 && status < 300)
        return KubeWriteResult::Outcome::Ok;
    switch (status) {
    case 409:
        return KubeWriteResult::Outcome::Conflict;
    case 403:
        return KubeWriteResult::Outcome::Forbidden;
    case 404:
        return KubeWriteResult::Outcome::NotFound;
    case 400:
    case 422:
        return KubeWriteResult::Outcome::Invalid;
    default:
        return KubeWriteResult::Outcome::Failed;
    }
}

// 299 - "unknown field \"spec.x\"" → unknown field "spec.x"
QString warningText(const QByteArray& header)
{
    QByteArray text = header.trimmed();
    if (text.startsWith("299 - "))
        text = text.mid(6);
    if (text.startsWith('"') && text.endsWith('"') && text.size() >= 2)
        text = text.mid(1, text.size() - 2).replace("\\\"", "\"").replace("\\\\", "\\");
    return QString::fromUtf8(text);
}

} // namespace

KubeWriter::KubeWriter(KubeApi* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{ }

void KubeWriter::apply(const KubeResource& resource, const QJsonObject& object, const KubeWriteOptions& options,
    QObject* context, Done done)
{
    KubeRequest request;
    request.method = "PATCH";
    // JSON is YAML, and the API server accepts it as an apply patch.
    request.contentType = "application/apply-patch+yaml";
    request.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (options.force)
        request.query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    write(resource, metadataField(object, "namespace"), metadataField(object, "name"), request, options, context,
        std::move(done));
}

void KubeWriter::mergePatch(const KubeResource& resource, const QString& ns, const QString& name,
    const QJsonObject& patch, const KubeWriteOptions& options, QObject* context, Done done)
{
    KubeRequest request;
    request.method = "PATCH";
    request.contentType = "application/merge-patch+json";
    request.body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    write(resource, ns, name, request, options, context, std::move(done));
}

void KubeWriter::create(const KubeResource& resource, const QJsonObject& object, const KubeWriteOptions& options,
    QObject* context, Done done)
{
    KubeRequest request;
    request.method = "POST";
    request.contentType = "application/json";
    request.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const QString ns = metadataField(object, "namespace");
    request.path = resource.path(ns);
    write(resource, ns, metadataField(object, "name"), request, options, context, std::move(done));
}

void KubeWriter::update(const KubeResource& resource, const QJsonObject& object, const KubeWriteOptions& options,
    QObject* context, Done done)
{
    KubeRequest request;
    request.method = "PUT";
    request.contentType = "application/json";
    request.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    write(resource, metadataField(object, "namespace"), metadataField(object, "name"), request, options, context,
        std::move(done));
}

void KubeWriter::remove(const KubeResource& resource, const QString& ns, const QString& name,
    const KubeWriteOptions& options, QObject* context, Done done)
{
    KubeRequest request;
    request.method = "DELETE";
    if (!options.resourceVersion.isEmpty()) {
        const QJsonObject preconditions { { QStringLiteral("resourceVersion"), options.resourceVersion } };
        request.contentType = "application/json";
        request.body = QJsonDocument(QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                                         { QStringLiteral("kind"), QStringLiteral("DeleteOptions") },
                                         { QStringLiteral("preconditions"), preconditions } })
                           .toJson(QJsonDocument::Compact);
    }
    write(resource, ns, name, request, options, context, std::move(done));
}

void KubeWriter::write(const KubeResource& resource, const QString& ns, const QString& name, KubeRequest request,
    const KubeWriteOptions& options, QObject* context, Done done)
{
    if (name.isEmpty() || (resource.namespaced && ns.isEmpty())) {
        KubeWriteResult invalid;
        invalid.outcome = KubeWriteResult::Outcome::Invalid;
        invalid.message = resource.namespaced ? tr("The object needs metadata.name and metadata.namespace")
                                              : tr("The object needs metadata.name");
        done(invalid);
        return;
    }
    if (request.path.isEmpty())
        request.path = resource.path(ns, name);
    if (request.method == "PATCH" || request.method == "PUT" || request.method == "POST")
        request.query.addQueryItem(QStringLiteral("fieldManager"), QString::fromLatin1(fieldManager));
    if (options.dryRun)
        request.query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
    const QPointer<QObject> guard(context);
    m_api->send(request, this, [=, this](const HttpResponse& response) {
        if (!guard)
            return;
        KubeWriteResult result;
        result.status = response.status;
        result.dryRun = options.dryRun;
        result.outcome = response.gotResponse() && !response.timedOut ? outcomeFor(response.status)
                                                                      : KubeWriteResult::Outcome::Failed;
        if (result.ok()) {
            result.object = QJsonDocument::fromJson(response.body).object();
        } else {
            result.message = KubeApi::errorMessage(response);
            result.statusBody = QJsonDocument::fromJson(response.body).object();
        }
        // Several Warning headers arrive joined by ", "; each starts with its code.
        static const QRegularExpression separator(QStringLiteral(",\\s*(?=\\d{3} )"));
        for (const QString& warning :
            QString::fromUtf8(response.header("warning")).split(separator, Qt::SkipEmptyParts))
            result.warnings.append(warningText(warning.toUtf8()));
        if (result.outcome != KubeWriteResult::Outcome::Conflict) {
            done(result);
            return;
        }
        // Fetch what is live now, so the caller can show what changed under it.
        KubeRequest get;
        get.path = resource.path(ns, name);
        m_api->send(get, this, [result, guard, done](const HttpResponse& live) mutable {
            if (!guard)
                return;
            if (live.ok())
                result.liveObject = QJsonDocument::fromJson(live.body).object();
            done(result);
        });
    });
}

KubeAccessReview::KubeAccessReview(KubeApi* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{ }

void KubeAccessReview::check(const QString& verb, const QString& group, const QString& resource, const QString& ns,
    QObject* context, std::function<void(const Answer&)> done)
{
    check(verb, group, resource, {}, ns, context, std::move(done));
}

void KubeAccessReview::check(const QString& verb, const QString& group, const QString& resource,
    const QString& subresource, const QString& ns, QObject* context, std::function<void(const Answer&)> done)
{
    QJsonObject attributes { { QStringLiteral("verb"), verb }, { QStringLiteral("group"), group },
        { QStringLiteral("resource"), resource } };
    if (!subresource.isEmpty())
        attributes.insert(QStringLiteral("subresource"), subresource);
    if (!ns.isEmpty())
        attributes.insert(QStringLiteral("namespace"), ns);
    const QJsonObject review { { QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1") },
        { QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview") },
        { QStringLiteral("spec"), QJsonObject { { QStringLiteral("resourceAttributes"), attributes } } } };
    KubeRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");
    request.contentType = "application/json";
    request.body = QJsonDocument(review).toJson(QJsonDocument::Compact);
    const QPointer<QObject> guard(context);
    m_api->send(request, this, [guard, done](const HttpResponse& response) {
        if (!guard)
            return;
        Answer answer;
        if (!response.ok()) {
            answer.error = KubeApi::errorMessage(response);
        } else {
            const QJsonObject status
                = QJsonDocument::fromJson(response.body).object().value(QLatin1String("status")).toObject();
            answer.allowed = status.value(QLatin1String("allowed")).toBool();
            answer.reason = status.value(QLatin1String("reason")).toString();
        }
        done(answer);
    });
}

} // namespace meshscope
