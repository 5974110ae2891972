#pragma once

#include "models/core/refreshcontroller.h"

#include <QList>
#include <QPointer>
#include <QString>

namespace meshscope {

class PromClient;
struct PromResult;

namespace traffic {

// One version's traffic now, from Istio's standard metrics (what the Graph page's edges show).
struct VersionTraffic
{
    QString version;
    double requestsPerSecond = 0;
    double share = 0; // percent of the app's requests
    double errorPercent = qQNaN(); // 5xx share; NaN without traffic
    double p95Ms = qQNaN(); // NaN without traffic
};

// The request split of an app between its versions as it happens, polled from Prometheus while the Shift traffic
// dialog is open, so that the user sees the split converge after applying.
class LiveSplit : public RefreshController
{
    Q_OBJECT
public:
    struct Query
    {
        QString ns;
        QString app; // the destination_app label (the service's app selector)
        int windowSeconds = 30;
        bool operator==(const Query&) const = default;
    };

    explicit LiveSplit(PromClient* prometheus, QObject* parent = nullptr);

    void setQuery(const Query& query); // refreshes now
    const Query& query() const { return m_query; }
    const QList<VersionTraffic>& versions() const { return m_versions; } // by version
    VersionTraffic version(const QString& name) const; // zeros when the version had no requests
    QString error() const { return m_error; } // the last refresh failed (versions keep the previous numbers)
    bool hasData() const { return m_hasData; }

    // The PromQL, per version: requests/s, 5xx requests/s, p95 of the request duration.
    static QString requestsQuery(const Query& query);
    static QString errorsQuery(const Query& query);
    static QString p95Query(const Query& query);
    // Combines the three answers (tests feed them directly).
    static QList<VersionTraffic> combine(const PromResult& requests, const PromResult& errors, const PromResult& p95);

signals:
    void updated();

protected:
    void startRefresh(const JobTracker::Ticket& ticket) override;

private:
    QPointer<PromClient> m_prometheus;
    Query m_query;
    QList<VersionTraffic> m_versions;
    QString m_error;
    bool m_hasData = false;
};

} // namespace traffic
} // namespace meshscope
