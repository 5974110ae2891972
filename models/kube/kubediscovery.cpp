#include "kubediscovery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace meshscope {
KubeDiscovery::KubeDiscovery(KubeApi* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{ }

QString KubeDiscovery::chooseVersion(const QString& group, const QStringList& served, const QString& preferred)
{
    if (group.endsWith(QLatin1String(".istio.io"))) {
        for (const char* candidate : { "v1", "v1beta1", "v1alpha3", "v1alpha1" }) {
            if (served.contains(QLatin1String(candidate)))
                return QString::fromLatin1(candidate);
        }
    }
    if (!preferred.isEmpty() && served.contains(preferred))
        return preferred;
    return served.value(0);
}

bool KubeDiscovery::isNewerVersion(const QString& a, const QString& b)
{
    // apimachinery's version priority: GA before beta before alpha, higher numbers first; names that do not look
    // like Kubernetes versions come last, alphabetically.
    static const QRegularExpression pattern(QStringLiteral("^v([0-9]+)(?:(alpha|beta)([0-9]+))?$"));
    const auto rank = [](const QString& version) {
        const QRegularExpressionMatch match = pattern.match(version);
        if (!match.hasMatch())
            return std::tuple(0, 0, 0);
        const int stability = match.captured(2).isEmpty() ? 3 : match.captured(2) == QLatin1String("beta") ? 2 : 1;
        return std::tuple(stability, match.captured(1).toInt(), match.captured(3).toInt());
    };
    const auto rankA = rank(a);
    const auto rankB = rank(b);
    if (rankA != rankB)
        return rankA > rankB;
    return std::get<0>(rankA) == 0 && a < b;
}

QList<KubeResource> KubeDiscovery::chooseResources(
    const QList<KubeResource>& served, const QHash<QString, QString>& preferredVersions)
{
    QHash<QString, qsizetype> chosenIndex; // group/plural → index in chosen
    QList<KubeResource> chosen;
    for (const KubeResource& resource : served) {
        const QString key = resource.group + QLatin1Char('/') + resource.resource;
        const auto existing = chosenIndex.constFind(key);
        if (existing == chosenIndex.constEnd()) {
            chosenIndex.insert(key, chosen.size());
            chosen.append(resource);
            continue;
        }
        KubeResource& current = chosen[*existing];
        const QString preferred = preferredVersions.value(resource.group);
        if (current.version == preferred)
            continue;
        if (resource.version == preferred || isNewerVersion(resource.version, current.version))
            current = resource;
    }
    return chosen;
}

QList<KubeResource> KubeDiscovery::parseResourceList(const QByteArray& body, QString* error)
{
    QList<KubeResource> result;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject root = document.object();
    const QString groupVersion = root.value(QLatin1String("groupVersion")).toString();
    if (!document.isObject() || groupVersion.isEmpty()) {
        *error = tr("A discovery response is not an APIResourceList");
        return result;
    }
    const qsizetype slash = groupVersion.indexOf(QLatin1Char('/'));
    const QString group = slash < 0 ? QString() : groupVersion.left(slash);
    const QString version = slash < 0 ? groupVersion : groupVersion.mid(slash + 1);
    const QJsonArray resources = root.value(QLatin1String("resources")).toArray();
    for (const QJsonValue& value : resources) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QLatin1String("name")).toString();
        if (name.isEmpty() || name.contains(QLatin1Char('/')))
            continue; // subresources (pods/log, pods/proxy)
        result.append({ group, version, name, entry.value(QLatin1String("kind")).toString(),
            entry.value(QLatin1String("namespaced")).toBool() });
    }
    return result;
}

void KubeDiscovery::run()
{
    m_done = false;
    m_error.clear();
    m_versions.clear();
    m_served.clear();
    m_chosen.clear();
    m_versions.insert(QString(), QStringLiteral("v1"));
    m_pending = 0;
    fetchResources(QString(), QStringLiteral("v1"));
    KubeRequest request;
    request.path = QStringLiteral("/apis");
    ++m_pending;
    m_api->send(request, this, [this](const HttpResponse& response) {
        if (!response.ok()) {
            oneDone(KubeApi::errorMessage(response));
            return;
        }
        groupsArrived(response.body);
        oneDone({});
    });
}

void KubeDiscovery::groupsArrived(const QByteArray& body)
{
    const QJsonArray groups = QJsonDocument::fromJson(body).object().value(QLatin1String("groups")).toArray();
    for (const QJsonValue& value : groups) {
        const QJsonObject group = value.toObject();
        const QString name = group.value(QLatin1String("name")).toString();
        QStringList served;
        for (const QJsonValue& version : group.value(QLatin1String("versions")).toArray())
            served << version.toObject().value(QLatin1String("version")).toString();
        const QString preferred
            = group.value(QLatin1String("preferredVersion")).toObject().value(QLatin1String("version")).toString();
        const QString chosen = chooseVersion(name, served, preferred);
        if (name.isEmpty() || chosen.isEmpty())
            continue;
        m_versions.insert(name, chosen);
        // Every version: a kind may be served only in an older one than the group's preferred version.
        served.removeDuplicates();
        for (const QString& version : std::as_const(served)) {
            if (!version.isEmpty())
                fetchResources(name, version);
        }
    }
}

void KubeDiscovery::fetchResources(const QString& group, const QString& version)
{
    ++m_pending;
    KubeRequest request;
    request.path = group.isEmpty() ? QStringLiteral("/api/") + version
                                   : QString(QStringLiteral("/apis/") + group + QLatin1Char('/') + version);
    m_api->send(request, this, [this](const HttpResponse& response) {
        if (!response.ok()) {
            oneDone(KubeApi::errorMessage(response));
            return;
        }
        QString error;
        m_served.append(parseResourceList(response.body, &error));
        oneDone(error);
    });
}

void KubeDiscovery::oneDone(const QString& error)
{
    if (!error.isEmpty() && m_error.isEmpty())
        m_error = error;
    if (--m_pending == 0) {
        m_chosen = chooseResources(m_served, m_versions);
        m_served.clear();
        m_done = true;
        emit finished();
    }
}

std::optional<KubeResource> KubeDiscovery::resource(const QString& group, const QString& plural) const
{
    for (const KubeResource& resource : m_chosen) {
        if (resource.group == group && resource.resource == plural)
            return resource;
    }
    return std::nullopt;
}

} // namespace meshscope
