#pragma once

#include "iopcanary.h"
#include "models/core/jobtracker.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace meshscope {
class ClusterSession;
class KubeInformer;
} // namespace meshscope

namespace meshscope::iop {

// Keeps RevisionUsage current from the cluster's namespace and pod caches: recomputed on the thread pool a moment
// after they change.
class IopRevisionWatch : public QObject
{
    Q_OBJECT
public:
    explicit IopRevisionWatch(ClusterSession* session, QObject* parent = nullptr);

    bool isConnected() const;
    bool hasUsage() const { return m_hasUsage; }
    const RevisionUsage& usage() const { return m_usage; }

signals:
    void changed();

private:
    void attach();
    void recompute();

    QPointer<ClusterSession> m_session;
    QPointer<KubeInformer> m_namespaces;
    QPointer<KubeInformer> m_pods;
    QTimer* m_debounce;
    JobTracker m_jobs;
    JobTracker::Ticket m_ticket;
    RevisionUsage m_usage;
    bool m_hasUsage = false;
};

} // namespace meshscope::iop
