#pragma once

#include "models/core/jobtracker.h"
#include "podlogsmodel.h"

#include <QObject>
#include <QPointer>

namespace meshscope {

class KubeApi;

namespace details {

struct LogQuery
{
    QString namespace_;
    QString pod;
    QStringList containers; // e.g. the app container and istio-proxy
    int tailLines = 300; // < 0: all the kubelet has
    int sinceSeconds = 0; // 0: no limit
    bool follow = true;
    bool operator==(const LogQuery&) const = default;
};

// Reads a pod's container logs through the API (pods/{name}/log with timestamps, tailLines, sinceSeconds, and
// follow as a stream). A new start() supersedes the previous one: its streams are cancelled, late lines dropped.
class PodLogsFetcher : public QObject
{
    Q_OBJECT
public:
    explicit PodLogsFetcher(KubeApi* api, QObject* parent = nullptr);
    void start(const LogQuery& query);
    void stop();
    const LogQuery& query() const { return m_query; }

signals:
    void linesArrived(const QList<meshscope::details::LogLine>& lines);
    void failed(const QString& container, const QString& message);
    void ended(const QString& container); // a follow stream closed (pod gone, server timeout)

private:
    QPointer<KubeApi> m_api;
    JobTracker m_jobs;
    LogQuery m_query;
};

} // namespace details
} // namespace meshscope
