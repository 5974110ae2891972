// telemetry.*: Telemetries with empty access log providers, selectors that match no pod or overlap, several
// namespace-wide Telemetries, and the deprecated Lightstep tracing provider.
#include "istioanalyzers.h"

#include <QSet>
#include <map>

namespace meshscope::analysis {
namespace {

using namespace istio;

class ProviderAnalyzer : public IstioAnalyzer
{
public:
    ProviderAnalyzer()
        : IstioAnalyzer("telemetry.ProviderAnalyzer",
            "Checks that Telemetry access logging names a provider when the mesh has no default one",
            { Kind::Telemetry, Kind::MeshConfig })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const QJsonObject defaults = json::obj(context.snapshot().meshConfig(), "defaultProviders");
        if (!json::arr(defaults, "accessLogging").isEmpty())
            return;
        context.snapshot().forEach(Kind::Telemetry, [&](const ResourcePtr& telemetry) {
            for (const QJsonValue& value : json::arr(telemetry->spec(), "accessLogging")) {
                const QJsonObject logging = value.toObject();
                if (logging.value(QLatin1String("disabled")).toBool())
                    continue;
                if (json::arr(logging, "providers").isEmpty())
                    context.report("IST0157", telemetry, { telemetry->name, telemetry->ns });
            }
        });
    }
};

class TelemetrySelectorAnalyzer : public IstioAnalyzer
{
public:
    TelemetrySelectorAnalyzer()
        : IstioAnalyzer("telemetry.SelectorAnalyzer",
            "Checks that Telemetries with a selector match a pod and that no pod is selected by two",
            { Kind::Telemetry, Kind::Pod })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        std::map<QString, QList<ResourcePtr>> byPod;
        QHash<QString, ResourcePtr> pods;
        snapshot.forEach(Kind::Telemetry, [&](const ResourcePtr& telemetry) {
            const Labels labels
                = json::stringMap(json::obj(telemetry->spec(), "selector").value(QLatin1String("matchLabels")));
            if (labels.isEmpty())
                return;
            const LabelSet selector(labels);
            bool found = false;
            for (const ResourcePtr& pod : snapshot.inNamespace(Kind::Pod, telemetry->ns)) {
                if (!selector.matches(pod->labels))
                    continue;
                found = true;
                byPod[pod->fullName()].append(telemetry);
                pods.insert(pod->fullName(), pod);
            }
            if (!found) {
                const QString text = selector.toString();
                context.reportAt("IST0101", telemetry,
                    QStringLiteral("{.spec.selector.matchLabels.%1}").arg(text.section(QLatin1Char('='), 0, 0)),
                    { QStringLiteral("selector"), text });
            }
        });
        for (const auto& [podName, telemetries] : byPod) {
            if (telemetries.size() < 2)
                continue;
            const ResourcePtr pod = pods.value(podName);
            const QStringList names = sortedNames(telemetries);
            QStringList related;
            for (const ResourcePtr& telemetry : telemetries)
                related << telemetry->key();
            for (const ResourcePtr& telemetry : telemetries) {
                context.reportAt(
                    "IST0159", telemetry, QStringLiteral("{.metadata.name}"), { names, pod->ns, pod->name });
                context.addRelated(related);
            }
        }
    }
};

class DefaultSelectorAnalyzer : public IstioAnalyzer
{
public:
    DefaultSelectorAnalyzer()
        : IstioAnalyzer("telemetry.DefaultSelectorAnalyzer",
            "Checks that a namespace has at most one Telemetry without a selector", { Kind::Telemetry })
    { }

    void analyze(AnalysisContext& context) const override
    {
        std::map<QString, QList<ResourcePtr>> byNamespace;
        context.snapshot().forEach(Kind::Telemetry, [&](const ResourcePtr& telemetry) {
            if (!json::has(telemetry->spec(), "selector"))
                byNamespace[telemetry->ns].append(telemetry);
        });
        for (const auto& [ns, telemetries] : byNamespace) {
            if (telemetries.size() < 2)
                continue;
            const QStringList names = sortedNames(telemetries);
            for (const ResourcePtr& telemetry : telemetries)
                context.report("IST0160", telemetry, { names, ns });
        }
    }
};

class LightstepAnalyzer : public IstioAnalyzer
{
public:
    LightstepAnalyzer()
        : IstioAnalyzer("telemetry.LightstepAnalyzer",
            "Reports Telemetries that trace with the deprecated Lightstep provider",
            { Kind::Telemetry, Kind::MeshConfig })
    { }

    void analyze(AnalysisContext& context) const override
    {
        QSet<QString> lightstep;
        for (const QJsonValue& value : json::arr(context.snapshot().meshConfig(), "extensionProviders")) {
            if (value.toObject().contains(QLatin1String("lightstep")))
                lightstep.insert(json::str(value.toObject(), "name"));
        }
        if (lightstep.isEmpty())
            return;
        context.snapshot().forEach(Kind::Telemetry, [&](const ResourcePtr& telemetry) {
            for (const QJsonValue& tracing : json::arr(telemetry->spec(), "tracing")) {
                for (const QJsonValue& provider : json::arr(tracing.toObject(), "providers")) {
                    const QString name = json::str(provider.toObject(), "name");
                    if (lightstep.contains(name))
                        context.report("IST0002", telemetry,
                            { QStringLiteral("The Lightstep provider %1 is deprecated, please migrate to OpenTelemetry "
                                             "provider.")
                                    .arg(name) });
                }
            }
        });
    }
};

} // namespace

void addTelemetryAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<ProviderAnalyzer>());
    list.append(std::make_shared<TelemetrySelectorAnalyzer>());
    list.append(std::make_shared<DefaultSelectorAnalyzer>());
    list.append(std::make_shared<LightstepAnalyzer>());
}

} // namespace meshscope::analysis
