// k8sgateway.SelectorAnalyzer (policies that select Kubernetes Gateway pods by label, which has no effect) and
// k8sgateway.CRDVersionAnalyzer (Gateway API CRDs older than Istio needs).
#include "istioanalyzers.h"

#include <QRegularExpression>
#include <array>

namespace meshscope::analysis {
namespace {

class SelectorAnalyzer : public IstioAnalyzer
{
public:
    SelectorAnalyzer()
        : IstioAnalyzer("k8sgateway.SelectorAnalyzer",
            "Checks that policies attach to Kubernetes Gateways by targetRef, not by a label selector",
            { Kind::AuthorizationPolicy, Kind::RequestAuthentication, Kind::Telemetry, Kind::WasmPlugin, Kind::Pod })
    { }

    void analyze(AnalysisContext& context) const override
    {
        static const QString gatewayName = QStringLiteral("gateway.networking.k8s.io/gateway-name");
        QHash<QString, QList<Labels>> gatewayPods; // by namespace
        context.snapshot().forEach(Kind::Pod, [&](const ResourcePtr& pod) {
            if (pod->labels.contains(gatewayName))
                gatewayPods[pod->ns].append(pod->labels);
        });
        for (const Kind kind :
            { Kind::AuthorizationPolicy, Kind::RequestAuthentication, Kind::Telemetry, Kind::WasmPlugin }) {
            context.snapshot().forEach(kind, [&](const ResourcePtr& policy) {
                const QJsonObject spec = policy->spec();
                if (json::has(spec, "targetRef") || !json::has(spec, "selector"))
                    return;
                const Labels selector
                    = json::stringMap(json::obj(spec, "selector").value(QLatin1String("matchLabels")));
                for (const Labels& pod : gatewayPods.value(policy->ns)) {
                    if (containsAll(pod, selector))
                        context.report("IST0166", policy, { pod.value(gatewayName) });
                }
            });
        }
    }
};

// A semantic version as the Gateway API bundle annotation writes it ("v1.4.1", "1.5.0-rc.1").
struct Version
{
    std::array<qint64, 3> numbers {};
    QString prerelease;
    QString metadata;

    static bool parse(const QString& text, Version* version)
    {
        static const QRegularExpression pattern(QStringLiteral(
            "^v?([0-9]+)(?:\\.([0-9]+))?(?:\\.([0-9]+))?(?:-([0-9A-Za-z.-]+))?(?:\\+([0-9A-Za-z.-]+))?$"));
        const QRegularExpressionMatch match = pattern.match(text);
        if (!match.hasMatch())
            return false;
        for (int i = 0; i < 3; ++i)
            version->numbers[i] = match.captured(i + 1).toLongLong();
        version->prerelease = match.captured(4);
        version->metadata = match.captured(5);
        return true;
    }
    QString toString() const
    {
        QString text = QStringLiteral("%1.%2.%3").arg(numbers[0]).arg(numbers[1]).arg(numbers[2]);
        if (!prerelease.isEmpty())
            text += QLatin1Char('-') + prerelease;
        if (!metadata.isEmpty())
            text += QLatin1Char('+') + metadata;
        return text;
    }
};

class CrdVersionAnalyzer : public IstioAnalyzer
{
public:
    CrdVersionAnalyzer()
        : IstioAnalyzer("k8sgateway.CRDVersionAnalyzer",
            "Checks that the Gateway API CRDs are at least the versions this Istio release requires",
            { Kind::CustomResourceDefinition })
    { }

    void analyze(AnalysisContext& context) const override
    {
        // The oldest Gateway API bundle whose CRD of each kind Istio 1.32 processes.
        static const QHash<QString, std::array<qint64, 3>> minimum {
            { QStringLiteral("grpcroutes.gateway.networking.k8s.io"), { 1, 1, 0 } },
            { QStringLiteral("backendtlspolicies.gateway.networking.k8s.io"), { 1, 4, 0 } },
            { QStringLiteral("tlsroutes.gateway.networking.k8s.io"), { 1, 5, 0 } },
            { QStringLiteral("tcproutes.gateway.networking.k8s.io"), { 1, 6, 0 } },
        };
        context.snapshot().forEach(Kind::CustomResourceDefinition, [&](const ResourcePtr& crd) {
            const auto required = minimum.constFind(crd->name);
            if (required == minimum.constEnd())
                return;
            const auto annotation
                = crd->annotations.constFind(QStringLiteral("gateway.networking.k8s.io/bundle-version"));
            Version installed;
            if (annotation == crd->annotations.constEnd() || !Version::parse(*annotation, &installed))
                return;
            if (installed.numbers < *required) {
                Version wanted;
                wanted.numbers = *required;
                context.report("IST0176", crd, { crd->name, installed.toString(), wanted.toString() });
            }
        });
    }
};

} // namespace

void addKubernetesGatewayAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<SelectorAnalyzer>());
    list.append(std::make_shared<CrdVersionAnalyzer>());
}

} // namespace meshscope::analysis
