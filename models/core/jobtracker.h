#pragma once

#include "background.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace meshscope {

// The one place that decides whether the result of asynchronous work is still wanted. Work runs in a lane
// ("refresh", "layout", "series", …); starting a job in a lane supersedes the lane's previous job, whose result is
// then dropped instead of delivered, and whose cancellers (e.g. aborting its network requests) run. A tracker
// belongs to one thread (its owner's); results come back on the context object's thread, which must be that one.
class JobTracker
{
public:
    struct Ticket
    {
        QString lane;
        quint64 id = 0;
        bool isValid() const { return id != 0; }
    };

    JobTracker();
    ~JobTracker(); // supersedes everything: late results are dropped, cancellers run

    JobTracker(const JobTracker&) = delete;
    JobTracker& operator=(const JobTracker&) = delete;

    Ticket start(const QString& lane);
    bool isCurrent(const Ticket& ticket) const;
    bool isBusy(const QString& lane) const; // a job of the lane has started and not finished
    void finish(const Ticket& ticket); // the job is over (its result was used); no-op when superseded
    void cancel(const QString& lane);
    void cancelAll();
    // Runs when ticket is superseded or cancelled (not when it finishes normally).
    void onCancel(const Ticket& ticket, std::function<void()> canceller);

    // Wraps a callback so that it only runs while ticket is current.
    template <typename Callback> auto guard(const Ticket& ticket, Callback callback) const
    {
        return [state = std::weak_ptr<State>(m_state), ticket, callback = std::move(callback)](auto&&... args) mutable {
            const auto alive = state.lock();
            if (alive && alive->current.value(ticket.lane) == ticket.id)
                callback(std::forward<decltype(args)>(args)...);
        };
    }

    // Starts a job in lane that runs work() on the thread pool and then(result) on context's thread, unless the
    // job has been superseded meanwhile or context is gone. work must only use what it captured by value.
    template <typename Work, typename Then> Ticket run(QObject* context, const QString& lane, Work work, Then then)
    {
        const Ticket ticket = start(lane);
        runInBackground(context, std::move(work), guard(ticket, std::move(then)));
        return ticket;
    }

private:
    struct State
    {
        QHash<QString, quint64> current; // lane → id of its newest job
        QHash<QString, bool> busy;
        QHash<quint64, QList<std::function<void()>>> cancellers;
        quint64 next = 1;
    };
    void supersede(const QString& lane);

    std::shared_ptr<State> m_state;
};

} // namespace meshscope
