#include "ioprevisionwatch.h"

#include "models/kube/clustersession.h"
#include "models/kube/kubeinformer.h"

#include <QCoreApplication>
#include <QTimer>

namespace meshscope::iop {

IopRevisionWatch::IopRevisionWatch(ClusterSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &IopRevisionWatch::recompute);
    if (m_session) {
        connect(m_session, &ClusterSession::ready, this, &IopRevisionWatch::attach);
        if (m_session->isReady())
            attach();
    }
}

bool IopRevisionWatch::isConnected() const
{
    return m_session && m_session->isReady() && m_namespaces && m_pods;
}

void IopRevisionWatch::attach()
{
    m_namespaces = m_session->informer(QString(), QStringLiteral("namespaces"));
    m_pods = m_session->informer(QString(), QStringLiteral("pods"));
    for (KubeInformer* informer : { m_namespaces.data(), m_pods.data() }) {
        if (!informer)
            continue;
        connect(informer, &KubeInformer::changed, m_debounce, qOverload<>(&QTimer::start));
        connect(informer, &KubeInformer::synced, m_debounce, qOverload<>(&QTimer::start));
    }
    m_debounce->start();
}

void IopRevisionWatch::recompute()
{
    if (!m_namespaces || !m_pods)
        return;
    const QList<QJsonObject> namespaces = m_namespaces->objects().values();
    const QList<QJsonObject> pods = m_pods->objects().values();
    m_ticket = m_jobs.run(
        QCoreApplication::instance(), QStringLiteral("usage"),
        [namespaces, pods] { return revisionUsage(namespaces, pods); },
        [this](const RevisionUsage& usage) {
            m_jobs.finish(m_ticket);
            m_usage = usage;
            m_hasUsage = true;
            emit changed();
        });
}

} // namespace meshscope::iop
