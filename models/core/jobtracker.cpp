#include "jobtracker.h"

namespace meshscope {

JobTracker::JobTracker()
    : m_state(std::make_shared<State>())
{ }

JobTracker::~JobTracker()
{
    cancelAll();
}

JobTracker::Ticket JobTracker::start(const QString& lane)
{
    supersede(lane);
    const Ticket ticket { lane, m_state->next++ };
    m_state->current.insert(lane, ticket.id);
    m_state->busy.insert(lane, true);
    return ticket;
}

bool JobTracker::isCurrent(const Ticket& ticket) const
{
    return ticket.isValid() && m_state->current.value(ticket.lane) == ticket.id;
}

bool JobTracker::isBusy(const QString& lane) const
{
    return m_state->busy.value(lane);
}

void JobTracker::finish(const Ticket& ticket)
{
    if (!isCurrent(ticket))
        return;
    m_state->busy.insert(ticket.lane, false);
    m_state->cancellers.remove(ticket.id);
}

void JobTracker::cancel(const QString& lane)
{
    supersede(lane);
    m_state->current.remove(lane);
}

void JobTracker::cancelAll()
{
    const QList<QString> lanes = m_state->current.keys();
    for (const QString& lane : lanes)
        cancel(lane);
}

void JobTracker::onCancel(const Ticket& ticket, std::function<void()> canceller)
{
    if (isCurrent(ticket) && m_state->busy.value(ticket.lane))
        m_state->cancellers[ticket.id].append(std::move(canceller));
}

void JobTracker::supersede(const QString& lane)
{
    const auto running = m_state->current.constFind(lane);
    if (running == m_state->current.constEnd())
        return;
    // Taken out first: a canceller may start new work in this tracker.
    const QList<std::function<void()>> cancellers = m_state->cancellers.take(running.value());
    m_state->busy.insert(lane, false);
    m_state->current.insert(lane, 0);
    for (const auto& cancel : cancellers)
        cancel();
}

} // namespace meshscope
