// envoyfilter.EnvoyPatchAnalyzer: patch operations that do nothing where they are applied, and relative operations
// whose outcome depends on the order EnvoyFilters are applied in.
#include "istioanalyzers.h"

#include <QJsonDocument>

namespace meshscope::analysis {
namespace {

class EnvoyPatchAnalyzer : public IstioAnalyzer
{
public:
    EnvoyPatchAnalyzer()
        : IstioAnalyzer("envoyfilter.EnvoyPatchAnalyzer",
            "Checks EnvoyFilter patch operations that are ignored or depend on the order of application",
            { Kind::EnvoyFilter })
    { }

    void analyze(AnalysisContext& context) const override
    {
        // Names of patched filters that are matched by proxy version, from the filters seen so far.
        QStringList versionedNames;
        context.snapshot().forEach(Kind::EnvoyFilter, [&](const ResourcePtr& filter) {
            const QJsonObject spec = filter->spec();
            const qint64 priority = json::integer(spec, "priority");
            const QJsonArray patches = json::arr(spec, "configPatches");
            for (int index = 0; index < patches.size(); ++index) {
                const QJsonObject entry = patches.at(index).toObject();
                if (!json::has(entry, "patch"))
                    break;
                const QJsonObject patch = json::obj(entry, "patch");
                const QJsonObject match = json::obj(entry, "match");
                const QString name = instanceName(patch, match);
                const QString operation = json::str(patch, "operation");
                const QString applyTo = json::str(entry, "applyTo");
                const bool onRoutes
                    = applyTo == QLatin1String("ROUTE_CONFIGURATION") || applyTo == QLatin1String("HTTP_ROUTE");
                const QString path = QStringLiteral("{.spec.configPatches[%1].patch.value}").arg(index);
                const auto relative = [&] {
                    if (priority != 0)
                        return;
                    context.reportAt(versionedNames.contains(name) ? "IST0155" : "IST0151", filter, path);
                };
                if (operation == QLatin1String("ADD")) {
                    if (onRoutes)
                        context.reportAt("IST0153", filter, path);
                } else if (operation == QLatin1String("REMOVE")) {
                    if (onRoutes)
                        context.reportAt("IST0154", filter, path);
                    else
                        relative();
                } else if (operation == QLatin1String("REPLACE")) {
                    if (applyTo != QLatin1String("NETWORK_FILTER") && applyTo != QLatin1String("HTTP_FILTER")
                        && applyTo != QLatin1String("VIRTUAL_HOST"))
                        context.reportAt("IST0152", filter, path);
                    else
                        relative();
                } else if (operation == QLatin1String("INSERT_BEFORE") || operation == QLatin1String("INSERT_AFTER")) {
                    relative();
                }
                if (!json::str(json::obj(match, "proxy"), "proxyVersion").isEmpty())
                    versionedNames.append(name);
            }
        });
    }

private:
    // What a patch patches: the name in its value, else the filter its listener match names. The two kinds of name
    // are kept apart, as istioctl compares them.
    static QString instanceName(const QJsonObject& patch, const QJsonObject& match)
    {
        const QJsonObject value = json::obj(patch, "value");
        if (value.isEmpty())
            return {};
        if (value.contains(QLatin1String("name"))) {
            return QStringLiteral("value:")
                + QString::fromUtf8(
                    QJsonDocument(QJsonArray { value.value(QLatin1String("name")) }).toJson(QJsonDocument::Compact));
        }
        return json::str(json::obj(json::obj(json::obj(match, "listener"), "filterChain"), "filter"), "name");
    }
};

} // namespace

void addEnvoyFilterAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<EnvoyPatchAnalyzer>());
}

} // namespace meshscope::analysis
