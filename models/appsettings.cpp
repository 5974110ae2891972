#include "appsettings.h"

#include <QUrl>

namespace meshscope {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLastContext = QStringLiteral("cluster/lastContext");
const QString kLastPage = QStringLiteral("window/lastPage");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kGraphHealth = QStringLiteral("graph/healthTolerances");
} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{ }

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}
void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(kState, state);
}

QString AppSettings::lastContext() const
{
    return m_settings.value(kLastContext).toString();
}
void AppSettings::setLastContext(const QString& context)
{
    m_settings.setValue(kLastContext, context);
}

QString AppSettings::lastPage() const
{
    return m_settings.value(kLastPage).toString();
}
void AppSettings::setLastPage(const QString& pageId)
{
    m_settings.setValue(kLastPage, pageId);
}

AppSettings::Theme AppSettings::theme() const
{
    return themeFromName(m_settings.value(kTheme).toString());
}
void AppSettings::setTheme(Theme theme)
{
    m_settings.setValue(kTheme, themeName(theme));
}

QString AppSettings::defaultTraceUrlTemplate()
{
    // The Jaeger of Istio's observability add-ons (samples/addons), port-forwarded as istioctl dashboard does.
    return QStringLiteral(
        "http://localhost:16686/search?service={app}.{namespace}&start={startUs}&end={endUs}&limit=20");
}

QString AppSettings::defaultDashboardUrlTemplate()
{
    // Istio's Grafana dashboards from the same add-ons.
    return QStringLiteral("http://localhost:3000/d/UbsSZTDik/istio-workload-dashboard?var-namespace={namespace}"
                          "&var-workload={workload}&from={startMs}&to={endMs}");
}

QString AppSettings::traceUrlTemplate() const
{
    return m_settings.value(QStringLiteral("details/traceUrl"), defaultTraceUrlTemplate()).toString();
}

void AppSettings::setTraceUrlTemplate(const QString& url)
{
    m_settings.setValue(QStringLiteral("details/traceUrl"), url);
}

QString AppSettings::dashboardUrlTemplate() const
{
    return m_settings.value(QStringLiteral("details/dashboardUrl"), defaultDashboardUrlTemplate()).toString();
}

void AppSettings::setDashboardUrlTemplate(const QString& url)
{
    m_settings.setValue(QStringLiteral("details/dashboardUrl"), url);
}

QString AppSettings::graphHealthTolerances() const
{
    return m_settings.value(kGraphHealth).toString();
}
void AppSettings::setGraphHealthTolerances(const QString& tolerances)
{
    m_settings.setValue(kGraphHealth, tolerances);
}

namespace {
// Context names may hold '/' and other characters QSettings gives a meaning in keys.
QString graphGroup(const QString& context)
{
    return QStringLiteral("graph/contexts/") + QString::fromLatin1(QUrl::toPercentEncoding(context));
}
} // namespace

QVariantMap AppSettings::graphPage(const QString& context) const
{
    QVariantMap values;
    QSettings& settings = const_cast<QSettings&>(m_settings); // QSettings' groups are state, reads do not change it
    settings.beginGroup(graphGroup(context));
    for (const QString& key : settings.childKeys())
        values.insert(key, settings.value(key));
    settings.endGroup();
    return values;
}

void AppSettings::setGraphPage(const QString& context, const QVariantMap& values)
{
    m_settings.beginGroup(graphGroup(context));
    m_settings.remove(QString()); // keys no longer given go
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_settings.setValue(it.key(), it.value());
    m_settings.endGroup();
}

QString AppSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

AppSettings::Theme AppSettings::themeFromName(const QString& name, Theme fallback)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"light")
        return Theme::Light;
    if (lower == u"dark")
        return Theme::Dark;
    if (lower == u"system")
        return Theme::System;
    return fallback;
}

} // namespace meshscope
