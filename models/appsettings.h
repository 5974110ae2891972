#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariantMap>

namespace meshscope {

// Typed access to the persisted preferences. Only non-secret values live here: tokens, keys and
// passwords from a kubeconfig are never written to settings.
class AppSettings
{
public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    AppSettings(); // the application's QSettings
    explicit AppSettings(const QString& iniFile); // a test seam: a private INI file

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    QString lastContext() const;
    void setLastContext(const QString& context);

    QString lastPage() const;
    void setLastPage(const QString& pageId);

    Theme theme() const;
    void setTheme(Theme theme);

    // The Graph page's health rate tolerances, as Kiali's health.kiali.io/rate annotation
    // ("code,degraded,failure,protocol,direction;…"); empty: Kiali's defaults.
    QString graphHealthTolerances() const;
    void setGraphHealthTolerances(const QString& tolerances);

    // The Graph page's query and display choices for one kubeconfig context (GraphPageQuery::toSettings).
    QVariantMap graphPage(const QString& context) const;
    void setGraphPage(const QString& context, const QVariantMap& values);
    // The detail pages' Traces and Dashboard links: URL templates with {namespace}, {name}, {app}, {workload},
    // {service}, {startMs}, {endMs}, {startUs}, {endUs} filled in. Empty hides the link.
    QString traceUrlTemplate() const;
    void setTraceUrlTemplate(const QString& url);
    QString dashboardUrlTemplate() const;
    void setDashboardUrlTemplate(const QString& url);
    static QString defaultTraceUrlTemplate();
    static QString defaultDashboardUrlTemplate();

    static QString themeName(Theme theme);
    static Theme themeFromName(const QString& name, Theme fallback = Theme::System);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace meshscope
