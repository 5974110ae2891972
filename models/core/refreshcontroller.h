#pragma once

#include "jobtracker.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace meshscope {

// The shape of every page's controller (no widgets): the subclass owns what it asks for as a value and does the
// work of one refresh in startRefresh(); this base decides when. A refresh runs on demand (refresh(), e.g. when
// the query changes) and on a single-shot timer that is armed only when a refresh has finished, so a source slower
// than the interval is never cancelled by the next tick and refreshes never overlap. A refresh started while one
// runs supersedes it: its ticket stops being current and whatever it still delivers is dropped.
class RefreshController : public QObject
{
    Q_OBJECT
public:
    explicit RefreshController(QObject* parent = nullptr);
    ~RefreshController() override;

    // 0 pauses the timer (refreshes then only happen on demand).
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalSeconds; }

    void refresh(); // now, superseding any refresh in flight
    void stop(); // cancels the refresh in flight and the timer
    bool isRefreshing() const { return m_jobs.isBusy(lane()); }
    bool isTimerArmed() const { return m_timer.isActive(); }
    QDateTime lastFinished() const { return m_lastFinished; } // when the last refresh ended, well or not
    int refreshCount() const { return m_refreshCount; } // refreshes started so far

signals:
    void refreshingChanged(bool refreshing);

protected:
    // Starts one refresh; call finishRefresh(ticket) exactly once when it is over, successful or not. Work that
    // belongs to this refresh should go through jobs() with guard(ticket, …), or check isCurrent(ticket).
    virtual void startRefresh(const JobTracker::Ticket& ticket) = 0;
    // soonerSeconds > 0: the next refresh comes after that many seconds if that is sooner than the interval
    // (e.g. the source is still warming up); a paused controller stays paused.
    void finishRefresh(const JobTracker::Ticket& ticket, int soonerSeconds = 0);
    bool isCurrent(const JobTracker::Ticket& ticket) const { return m_jobs.isCurrent(ticket); }
    JobTracker& jobs() { return m_jobs; }
    static QString lane() { return QStringLiteral("refresh"); }

private:
    void arm(int soonerSeconds = 0);

    JobTracker m_jobs;
    QTimer m_timer;
    int m_intervalSeconds = 0;
    int m_refreshCount = 0;
    QDateTime m_lastFinished;
};

} // namespace meshscope
