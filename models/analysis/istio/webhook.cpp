// webhook.Analyzer: injection webhooks that overlap (a pod would be injected twice) or call a service that does
// not exist.
#include "istioanalyzers.h"

#include <algorithm>

namespace meshscope::analysis {
namespace {

class WebhookAnalyzer : public IstioAnalyzer
{
public:
    WebhookAnalyzer()
        : IstioAnalyzer("webhook.Analyzer",
            "Checks that Istio's injection webhooks do not overlap and call services that exist",
            { Kind::MutatingWebhookConfiguration, Kind::Service })
    { }

    void analyze(AnalysisContext& context) const override
    {
        struct Hook
        {
            QString id; // "configuration/webhook"
            ResourcePtr config;
            LabelSelector namespaceSelector;
            LabelSelector objectSelector;
            QJsonObject service;
        };
        QList<Hook> hooks;
        QStringList revisions;
        context.snapshot().forEach(Kind::MutatingWebhookConfiguration, [&](const ResourcePtr& config) {
            const QJsonArray webhooks = json::arr(config->object, "webhooks");
            const QStringList configRevisions = revisionsOf(*config, webhooks);
            bool istio = false;
            for (const QJsonValue& value : webhooks)
                istio = istio || json::str(value.toObject(), "name").endsWith(QLatin1String("istio.io"));
            if (configRevisions.isEmpty() && !istio)
                return;
            for (const QJsonValue& value : webhooks) {
                const QJsonObject hook = value.toObject();
                hooks.append({ config->fullName() + QLatin1Char('/') + json::str(hook, "name"), config,
                    LabelSelector::fromJson(hook.value(QLatin1String("namespaceSelector"))),
                    LabelSelector::fromJson(hook.value(QLatin1String("objectSelector"))),
                    json::obj(json::obj(hook, "clientConfig"), "service") });
            }
            for (const QString& revision : configRevisions) {
                if (!revisions.contains(revision))
                    revisions.append(revision);
            }
        });
        const QList<Labels> namespaceLabels = labelCombinations(
            QStringLiteral("istio-injection"), QStringLiteral("enabled"), QStringLiteral("disabled"), revisions);
        const QList<Labels> objectLabels = labelCombinations(
            QStringLiteral("sidecar.istio.io/inject"), QStringLiteral("true"), QStringLiteral("false"), revisions);
        for (const Labels& ns : namespaceLabels) {
            for (const Labels& object : objectLabels) {
                QList<const Hook*> matches;
                QStringList ids;
                for (const Hook& hook : std::as_const(hooks)) {
                    if (hook.namespaceSelector.matches(ns) && hook.objectSelector.matches(object)
                        && !ids.contains(hook.id)) {
                        matches.append(&hook);
                        ids.append(hook.id);
                    }
                }
                if (matches.size() < 2)
                    continue;
                for (const Hook* hook : std::as_const(matches)) {
                    QStringList others = ids;
                    others.removeAll(hook->id);
                    std::sort(others.begin(), others.end());
                    context.report("IST0139", hook->config,
                        { QStringLiteral("Webhook overlaps with others: [%1]. This may cause injection to occur twice.")
                                .arg(others.join(QLatin1Char(' '))) });
                }
            }
        }
        for (const Hook& hook : std::as_const(hooks)) {
            if (hook.service.isEmpty())
                continue;
            const QString ns = json::str(hook.service, "namespace");
            const QString name = json::str(hook.service, "name");
            if (!context.snapshot().exists(Kind::Service, ns, name))
                context.report("IST0139", hook.config,
                    { QStringLiteral("Injector refers to a control plane service that does not exist: %1.")
                            .arg(ns.isEmpty() ? name : ns + QLatin1Char('/') + name) });
        }
    }

private:
    // The labels a namespace or pod may carry: none, key=on, key=off, each again with istio.io/rev=<revision>.
    static QList<Labels> labelCombinations(
        const QString& key, const QString& on, const QString& off, const QStringList& revisions)
    {
        const QList<Labels> bases { {}, { { key, on } }, { { key, off } } };
        QList<Labels> result = bases;
        for (const QString& revision : revisions) {
            for (Labels labels : bases) {
                labels.insert(QStringLiteral("istio.io/rev"), revision);
                result.append(labels);
            }
        }
        return result;
    }

    static QStringList revisionsOf(const Resource& config, const QJsonArray& webhooks)
    {
        QStringList revisions;
        const auto add = [&](const QString& revision) {
            if (!revisions.contains(revision))
                revisions.append(revision);
        };
        if (config.labels.contains(QStringLiteral("istio.io/rev")))
            add(config.labels.value(QStringLiteral("istio.io/rev")));
        for (const QJsonValue& value : webhooks) {
            for (const char* field : { "namespaceSelector", "objectSelector" }) {
                const QJsonObject selector = json::obj(value.toObject(), field);
                const QJsonObject matchLabels = json::obj(selector, "matchLabels");
                if (matchLabels.contains(QLatin1String("istio.io/rev")))
                    add(json::intOrString(matchLabels.value(QLatin1String("istio.io/rev"))));
                for (const QJsonValue& expression : json::arr(selector, "matchExpressions")) {
                    if (json::str(expression.toObject(), "key") == QLatin1String("istio.io/rev")) {
                        for (const QString& revision :
                            json::strings(expression.toObject().value(QLatin1String("values"))))
                            add(revision);
                    }
                }
            }
        }
        return revisions;
    }
};

} // namespace

void addWebhookAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<WebhookAnalyzer>());
}

} // namespace meshscope::analysis
