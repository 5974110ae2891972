#include "meshconfig.h"

#include "yamlresources.h"

#include <QJsonArray>

namespace meshscope::analysis::MeshConfigDefaults {
namespace {

QJsonObject merged(QJsonObject base, const QJsonObject& over)
{
    for (auto it = over.begin(); it != over.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

QJsonArray mergedProviders(QJsonArray base, const QJsonArray& over)
{
    for (const QJsonValue& provider : over) {
        const QString name = provider.toObject().value(QLatin1String("name")).toString();
        bool replaced = false;
        for (qsizetype i = 0; i < base.size(); ++i) {
            if (base.at(i).toObject().value(QLatin1String("name")).toString() == name) {
                base.replace(i, provider);
                replaced = true;
                break;
            }
        }
        if (!replaced)
            base.append(provider);
    }
    return base;
}

QJsonObject objectFromYaml(const QByteArray& text, QString* error)
{
    QJsonValue value;
    if (!yamlToJson(text, &value, error))
        return {};
    if (!value.isObject() && !value.isNull()) {
        if (error)
            *error = QStringLiteral("the mesh configuration is not a YAML map");
        return {};
    }
    return value.toObject();
}

} // namespace

QJsonObject defaults()
{
    const QString star = QStringLiteral("*");
    return QJsonObject {
        { QStringLiteral("rootNamespace"), QStringLiteral("istio-system") },
        { QStringLiteral("trustDomain"), QStringLiteral("cluster.local") },
        { QStringLiteral("ingressService"), QStringLiteral("istio-ingressgateway") },
        { QStringLiteral("ingressControllerMode"), QStringLiteral("STRICT") },
        { QStringLiteral("ingressClass"), QStringLiteral("istio") },
        { QStringLiteral("enableAutoMtls"), true },
        { QStringLiteral("enableTracing"), true },
        { QStringLiteral("outboundTrafficPolicy"),
            QJsonObject { { QStringLiteral("mode"), QStringLiteral("ALLOW_ANY") } } },
        { QStringLiteral("defaultServiceExportTo"), QJsonArray { star } },
        { QStringLiteral("defaultVirtualServiceExportTo"), QJsonArray { star } },
        { QStringLiteral("defaultDestinationRuleExportTo"), QJsonArray { star } },
        { QStringLiteral("defaultProviders"), QJsonObject() },
        { QStringLiteral("extensionProviders"),
            QJsonArray {
                QJsonObject { { QStringLiteral("name"), QStringLiteral("prometheus") },
                    { QStringLiteral("prometheus"), QJsonObject() } },
                QJsonObject { { QStringLiteral("name"), QStringLiteral("stackdriver") },
                    { QStringLiteral("stackdriver"), QJsonObject() } },
                QJsonObject { { QStringLiteral("name"), QStringLiteral("envoy") },
                    { QStringLiteral("envoyFileAccessLog"),
                        QJsonObject { { QStringLiteral("path"), QStringLiteral("/dev/stdout") } } } },
            } },
        { QStringLiteral("defaultConfig"),
            QJsonObject { { QStringLiteral("discoveryAddress"), QStringLiteral("istiod.istio-system.svc:15012") },
                { QStringLiteral("proxyMetadata"), QJsonObject() } } },
    };
}

QJsonObject apply(const QJsonObject& user)
{
    QJsonObject config = defaults();
    for (auto it = user.begin(); it != user.end(); ++it) {
        const QString& key = it.key();
        if ((key == QLatin1String("defaultConfig") || key == QLatin1String("defaultProviders"))
            && it.value().isObject())
            config.insert(key, merged(config.value(key).toObject(), it.value().toObject()));
        else if (key == QLatin1String("extensionProviders") && it.value().isArray())
            config.insert(key, mergedProviders(config.value(key).toArray(), it.value().toArray()));
        else
            config.insert(key, it.value());
    }
    return config;
}

bool fromYaml(const QByteArray& text, QJsonObject* config, QString* error)
{
    QString problem;
    const QJsonObject user = objectFromYaml(text, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    *config = apply(user);
    return true;
}

bool networksFromYaml(const QByteArray& text, QJsonObject* networks, QString* error)
{
    QString problem;
    const QJsonObject parsed = objectFromYaml(text, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    *networks = parsed;
    return true;
}

} // namespace meshscope::analysis::MeshConfigDefaults
