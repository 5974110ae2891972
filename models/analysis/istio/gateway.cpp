// gateway.*: a gateway's workload and its Service ports, gateways that conflict on selector/port/host, certificates
// shared between gateways, and the secrets their servers reference.
#include "istioanalyzers.h"

#include <QSslCertificate>
#include <algorithm>

namespace meshscope::analysis {
namespace {

using namespace istio;

LabelSet gatewaySelector(const Resource& gateway)
{
    return LabelSet(json::stringMap(gateway.spec().value(QLatin1String("selector"))));
}

// The line of the selector's first label, as istioctl points at it.
QString selectorPath(const LabelSet& selector)
{
    const QString text = selector.toString();
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    return QStringLiteral("{.spec.selector.%1}").arg(equals < 0 ? QString() : text.left(equals));
}

class IngressGatewayPortAnalyzer : public IstioAnalyzer
{
public:
    // Selectors match pods in any namespace.
    bool runsOnPart() const override { return false; }
    IngressGatewayPortAnalyzer()
        : IstioAnalyzer("gateway.IngressGatewayPortAnalyzer",
            "Checks that a gateway's workload exists and that its Service exposes the gateway's ports",
            { Kind::Gateway, Kind::Pod, Kind::Service })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        snapshot.forEach(Kind::Gateway, [&](const ResourcePtr& gateway) {
            const LabelSet selector = gatewaySelector(*gateway);
            QSet<qint64> servicePorts;
            QHash<qint64, qint64> portMapping; // service port → target port
            int matchingPods = 0;
            snapshot.forEach(Kind::Pod, [&](const ResourcePtr& pod) {
                if (!selector.matches(pod->labels))
                    return;
                ++matchingPods;
                for (const ResourcePtr& service : snapshot.inNamespace(Kind::Service, pod->ns)) {
                    const QJsonObject spec = service->spec();
                    if (!LabelSet(json::stringMap(spec.value(QLatin1String("selector")))).matches(pod->labels))
                        continue;
                    for (const QJsonValue& value : json::arr(spec, "ports")) {
                        const QJsonObject port = value.toObject();
                        if (json::str(port, "protocol") != QLatin1String("TCP"))
                            continue;
                        const qint64 number = json::integer(port, "port");
                        const QJsonValue target = port.value(QLatin1String("targetPort"));
                        const qint64 targetNumber = target.isDouble() ? json::integer(target) : 0;
                        if (targetNumber != 0) {
                            servicePorts.insert(targetNumber);
                            if (!portMapping.contains(number))
                                portMapping.insert(number, targetNumber);
                        } else {
                            servicePorts.insert(number);
                        }
                    }
                }
            });
            if (matchingPods == 0) {
                context.reportAt(
                    "IST0101", gateway, selectorPath(selector), { QStringLiteral("selector"), selector.toString() });
                return;
            }
            for (const QJsonValue& value : json::arr(gateway->spec(), "servers")) {
                const QJsonObject server = value.toObject();
                if (!json::has(server, "port"))
                    continue;
                const qint64 number = json::integer(json::obj(server, "port"), "number");
                if (!servicePorts.contains(number) && !portMapping.contains(number))
                    context.reportAt("IST0162", gateway, selectorPath(selector), { number, selector.toString() });
            }
        });
    }
};

// Gateways that share a selector (or select a common pod) and a port, with servers claiming the same host and bind.
class ConflictingGatewayAnalyzer : public IstioAnalyzer
{
public:
    // Selectors match pods in any namespace.
    bool runsOnPart() const override { return false; }
    ConflictingGatewayAnalyzer()
        : IstioAnalyzer("gateway.ConflictingGatewayAnalyzer",
            "Checks that gateways selecting the same workload do not claim the same port and host",
            { Kind::Gateway, Kind::Pod })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        // "selector~port" → gateway full name → host → bind. Checking a server adds its hosts to the other gateway's
        // table when they do not clash, as Istio's duplicate check does, so a later server sees them.
        using HostBinds = QHash<QString, QString>;
        QList<QString> keys;
        QHash<QString, QList<QPair<QString, std::shared_ptr<HostBinds>>>> table;
        snapshot.forEach(Kind::Gateway, [&](const ResourcePtr& gateway) {
            const QString selector = gatewaySelector(*gateway).toString();
            for (const QJsonValue& value : json::arr(gateway->spec(), "servers")) {
                const QJsonObject server = value.toObject();
                const QString key
                    = selector + QLatin1Char('~') + QString::number(json::integer(json::obj(server, "port"), "number"));
                if (!table.contains(key))
                    keys << key;
                auto binds = std::make_shared<HostBinds>();
                for (const QString& h : json::strings(server.value(QLatin1String("hosts"))))
                    binds->insert(h, json::str(server, "bind"));
                auto& entries = table[key];
                const auto existing = std::find_if(entries.begin(), entries.end(),
                    [&](const auto& entry) { return entry.first == gateway->fullName(); });
                if (existing != entries.end())
                    existing->second = binds;
                else
                    entries.append({ gateway->fullName(), binds });
            }
        });
        snapshot.forEach(Kind::Gateway, [&](const ResourcePtr& gateway) {
            const LabelSet selector = gatewaySelector(*gateway);
            const QString selectorText = selector.toString();
            QStringList hits;
            for (const QString& key : std::as_const(keys)) {
                const QString otherSelector = key.section(QLatin1Char('~'), 0, 0);
                bool matched = otherSelector == selectorText;
                if (!matched && (otherSelector.contains(selectorText) || selectorText.contains(otherSelector))) {
                    const LabelSet other = parseSelector(otherSelector);
                    snapshot.forEach(Kind::Pod, [&](const ResourcePtr& pod) {
                        if (selector.matches(pod->labels) && other.matches(pod->labels)) {
                            matched = true;
                            return false;
                        }
                        return true;
                    });
                }
                if (matched)
                    hits << key;
            }
            if (!selectorText.isEmpty() && hits.isEmpty()) {
                context.reportAt(
                    "IST0101", gateway, selectorPath(selector), { QStringLiteral("selector"), selectorText });
                return;
            }
            for (const QJsonValue& value : json::arr(gateway->spec(), "servers")) {
                const QJsonObject server = value.toObject();
                const QString port = QString::number(json::integer(json::obj(server, "port"), "number"));
                const QStringList serverHosts = json::strings(server.value(QLatin1String("hosts")));
                QStringList conflicting;
                for (const QString& key : std::as_const(hits)) {
                    if (key.section(QLatin1Char('~'), 1) != port)
                        continue;
                    for (const auto& [name, binds] : table.value(key)) {
                        if (name != gateway->fullName() && clashes(serverHosts, json::str(server, "bind"), *binds))
                            conflicting << name;
                    }
                }
                if (conflicting.isEmpty())
                    continue;
                std::sort(conflicting.begin(), conflicting.end());
                context.report("IST0145", gateway,
                    { conflicting.join(QLatin1Char(',')), selectorText, port, serverHosts.join(QLatin1Char(',')) });
                QStringList related;
                for (const QString& name : std::as_const(conflicting))
                    related << QStringLiteral("Gateway:") + name;
                context.addRelated(related);
            }
        });
    }

private:
    static bool clashes(const QStringList& serverHosts, const QString& bind, QHash<QString, QString>& known)
    {
        bool duplicate = false;
        for (const QString& h : serverHosts) {
            const auto it = known.constFind(h);
            if (it != known.constEnd() && *it == bind)
                duplicate = true;
        }
        if (!duplicate) {
            for (const QString& h : serverHosts)
                known.insert(h, bind);
        }
        return duplicate;
    }

    static LabelSet parseSelector(const QString& text)
    {
        Labels labels;
        for (const QString& pair : text.split(QLatin1Char(','))) {
            const QStringList keyValue = pair.split(QLatin1Char('='));
            if (keyValue.size() == 2)
                labels.insert(keyValue.at(0), keyValue.at(1));
        }
        return LabelSet(labels);
    }
};

class CertificateAnalyzer : public IstioAnalyzer
{
public:
    CertificateAnalyzer()
        : IstioAnalyzer("gateway.CertificateAnalyzer",
            "Checks that gateways on the same workload do not share a server certificate", { Kind::Gateway })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        snapshot.forEach(Kind::Gateway, [&](const ResourcePtr& current) {
            const Labels currentSelector = json::stringMap(current->spec().value(QLatin1String("selector")));
            snapshot.forEach(Kind::Gateway, [&](const ResourcePtr& other) {
                if (other->fullName() == current->fullName())
                    return;
                if (!currentSelector.isEmpty()
                    && !selectorSubset(
                        currentSelector, json::stringMap(other->spec().value(QLatin1String("selector")))))
                    return;
                for (const QJsonValue& mine : json::arr(current->spec(), "servers")) {
                    for (const QJsonValue& theirs : json::arr(other->spec(), "servers")) {
                        const QJsonObject a = mine.toObject();
                        const QJsonObject b = theirs.toObject();
                        if (!json::has(a, "tls") || !json::has(b, "tls"))
                            continue;
                        if (!sameCertificate(json::obj(a, "tls"), json::obj(b, "tls")))
                            continue;
                        context.reportAt("IST0138", current, QStringLiteral("{.metadata.name}"),
                            { QStringList { current->fullName(), other->fullName() } });
                        context.addRelated({ other->key() });
                    }
                }
            });
        });
    }

private:
    // Every key of x is in y with the same value.
    static bool selectorSubset(const Labels& x, const Labels& y)
    {
        int count = 0;
        for (auto it = x.begin(); it != x.end(); ++it) {
            const auto found = y.constFind(it.key());
            if (found == y.constEnd())
                continue;
            if (*found != it.value())
                return false;
            ++count;
        }
        return count == x.size();
    }

    static bool sameCertificate(const QJsonObject& a, const QJsonObject& b)
    {
        const QString credentialA = json::str(a, "credentialName");
        const QString credentialB = json::str(b, "credentialName");
        if (!credentialA.isEmpty() && !credentialB.isEmpty())
            return credentialA == credentialB;
        if (credentialA.isEmpty() && credentialB.isEmpty()) {
            const QString certA = json::str(a, "serverCertificate");
            const QString certB = json::str(b, "serverCertificate");
            if (!certA.isEmpty() && !certB.isEmpty() && certA == certB) {
                const QString keyA = json::str(a, "privateKey");
                const QString keyB = json::str(b, "privateKey");
                return !keyA.isEmpty() && !keyB.isEmpty() && keyA == keyB;
            }
        }
        return false;
    }
};

class SecretAnalyzer : public IstioAnalyzer
{
public:
    // Selectors match pods in any namespace.
    bool runsOnPart() const override { return false; }
    SecretAnalyzer()
        : IstioAnalyzer("gateway.SecretAnalyzer",
            "Checks that the secrets a gateway's servers reference exist and hold a valid certificate",
            { Kind::Gateway, Kind::Pod, Kind::Secret })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        snapshot.forEach(Kind::Gateway, [&](const ResourcePtr& gateway) {
            const LabelSet selector = gatewaySelector(*gateway);
            QString gatewayNamespace;
            snapshot.forEach(Kind::Pod, [&](const ResourcePtr& pod) {
                if (selector.matches(pod->labels)) {
                    gatewayNamespace = pod->ns;
                    return false;
                }
                return true;
            });
            if (gatewayNamespace.isEmpty()) {
                context.reportAt(
                    "IST0101", gateway, selectorPath(selector), { QStringLiteral("selector"), selector.toString() });
                return;
            }
            const QJsonArray servers = json::arr(gateway->spec(), "servers");
            for (int i = 0; i < servers.size(); ++i) {
                const QJsonObject tls = json::obj(servers.at(i).toObject(), "tls");
                const QString credential = json::str(tls, "credentialName");
                if (credential.isEmpty())
                    continue;
                const QString path = fieldPath("{.spec.servers[%1].tls.credentialName}", i);
                const qsizetype slash = credential.indexOf(QLatin1Char('/'));
                const ResourcePtr secret = slash < 0
                    ? snapshot.find(Kind::Secret, gatewayNamespace, credential)
                    : snapshot.find(Kind::Secret, credential.left(slash), credential.mid(slash + 1));
                if (!secret) {
                    context.reportAt("IST0101", gateway, path, { QStringLiteral("credentialName"), credential });
                    continue;
                }
                if (!isValidSecret(*secret)) {
                    context.reportAt("IST0161", gateway, path, { gateway->name, gatewayNamespace });
                    context.addRelated({ secret->key() });
                }
            }
        });
    }

private:
    // A certificate and key the gateway can serve: cert/key or tls.crt/tls.key in the secret's data, and a first
    // PEM certificate that parses and is valid now.
    static bool isValidSecret(const Resource& secret)
    {
        const QJsonObject data = json::obj(secret.object, "data");
        const auto value = [&](const char* key) { return QByteArray::fromBase64(json::str(data, key).toLatin1()); };
        QByteArray cert = value("cert");
        if (cert.isEmpty() || value("key").isEmpty()) {
            cert = value("tls.crt");
            if (cert.isEmpty() || value("tls.key").isEmpty())
                return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(cert, QSsl::Pem);
        if (chain.isEmpty() || chain.first().isNull())
            return false;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return chain.first().expiryDate() >= now && chain.first().effectiveDate() <= now;
    }
};

} // namespace

void addGatewayAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<IngressGatewayPortAnalyzer>());
    list.append(std::make_shared<CertificateAnalyzer>());
    list.append(std::make_shared<SecretAnalyzer>());
    list.append(std::make_shared<ConflictingGatewayAnalyzer>());
}

} // namespace meshscope::analysis
