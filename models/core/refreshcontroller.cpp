#include "refreshcontroller.h"

namespace meshscope {

RefreshController::RefreshController(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RefreshController::refresh);
}

RefreshController::~RefreshController() = default;

void RefreshController::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = qMax(0, seconds);
    m_timer.stop();
    if (!isRefreshing())
        arm(); // otherwise finishing the refresh in flight arms it
}

void RefreshController::refresh()
{
    m_timer.stop();
    const bool wasRefreshing = isRefreshing();
    const JobTracker::Ticket ticket = m_jobs.start(lane());
    ++m_refreshCount;
    if (!wasRefreshing)
        emit refreshingChanged(true);
    startRefresh(ticket);
}

void RefreshController::stop()
{
    m_timer.stop();
    const bool wasRefreshing = isRefreshing();
    m_jobs.cancel(lane());
    if (wasRefreshing)
        emit refreshingChanged(false);
}

void RefreshController::finishRefresh(const JobTracker::Ticket& ticket, int soonerSeconds)
{
    if (!m_jobs.isCurrent(ticket) || !m_jobs.isBusy(ticket.lane))
        return; // superseded, or finished already
    m_jobs.finish(ticket);
    m_lastFinished = QDateTime::currentDateTime();
    arm(soonerSeconds);
    emit refreshingChanged(false);
}

void RefreshController::arm(int soonerSeconds)
{
    if (m_intervalSeconds <= 0)
        return;
    const int seconds = soonerSeconds > 0 ? qMin(soonerSeconds, m_intervalSeconds) : m_intervalSeconds;
    m_timer.start(seconds * 1000);
}

} // namespace meshscope
