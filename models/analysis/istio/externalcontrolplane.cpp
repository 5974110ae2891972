// externalcontrolplane.ExternalControlPlaneAnalyzer: the webhooks of a remote cluster must reach the external
// control plane by a URL (preferably a hostname) or a service.
#include "istioanalyzers.h"

#include <QHostAddress>
#include <QUrl>

namespace meshscope::analysis {
namespace {

class ExternalControlPlaneAnalyzer : public IstioAnalyzer
{
public:
    ExternalControlPlaneAnalyzer()
        : IstioAnalyzer("externalcontrolplane.ExternalControlPlaneAnalyzer",
            "Checks that the webhooks of a cluster using an external control plane point at it by URL or service",
            { Kind::ValidatingWebhookConfiguration, Kind::MutatingWebhookConfiguration })
    { }

    void analyze(AnalysisContext& context) const override
    {
        context.snapshot().forEach(Kind::ValidatingWebhookConfiguration, [&](const ResourcePtr& config) {
            if (config->name == QLatin1String("istiod-default-validator")
                || config->name.startsWith(QLatin1String("istio-validator")))
                checkHooks(context, config);
        });
        context.snapshot().forEach(Kind::MutatingWebhookConfiguration, [&](const ResourcePtr& config) {
            if (config->name.startsWith(QLatin1String("istio-sidecar-injector")))
                checkHooks(context, config);
        });
    }

private:
    static void checkHooks(AnalysisContext& context, const ResourcePtr& config)
    {
        for (const QJsonValue& value : json::arr(config->object, "webhooks")) {
            const QJsonObject hook = value.toObject();
            const QString name = json::str(hook, "name");
            const QJsonObject client = json::obj(hook, "clientConfig");
            if (json::has(client, "url")) {
                const QString url = json::str(client, "url");
                const QUrl parsed(url, QUrl::StrictMode);
                if (!url.isEmpty() && !parsed.isValid()) {
                    context.report(
                        "IST0163", config, { url, name, QStringLiteral("was provided in an invalid format") });
                    continue;
                }
                if (!QHostAddress(parsed.host()).isNull())
                    context.report("IST0164", config, { url, name });
            } else if (!json::has(client, "service")) {
                context.report("IST0163", config, { QString(), name, QStringLiteral("is blank") });
            }
        }
    }
};

} // namespace

void addExternalControlPlaneAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<ExternalControlPlaneAnalyzer>());
}

} // namespace meshscope::analysis
