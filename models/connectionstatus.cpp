#include "connectionstatus.h"

#include <QLocale>

namespace meshscope {

ConnectionStatus::ConnectionStatus(QObject* parent)
    : QObject(parent)
{ }

void ConnectionStatus::setContext(const QString& context)
{
    if (context == m_context)
        return;
    m_context = context;
    emit changed();
}

void ConnectionStatus::setState(State state, const QString& message)
{
    if (state == m_state && message == m_message)
        return;
    // Stale-since is the moment we lost a working connection, not the latest failed retry.
    if (state == State::Reconnecting && m_state != State::Reconnecting)
        m_staleSince = QDateTime::currentDateTime();
    else if (state != State::Reconnecting)
        m_staleSince = {};
    m_state = state;
    m_message = message;
    emit changed();
}

QString ConnectionStatus::stateText() const
{
    QString text;
    switch (m_state) {
    case State::NotConfigured:
        text = tr("Not connected");
        break;
    case State::Connecting:
        text = tr("Connecting…");
        break;
    case State::Connected:
        text = tr("Connected");
        break;
    case State::Reconnecting:
        text = tr("Reconnecting — data stale since %1")
                   .arg(QLocale().toString(m_staleSince.time(), QLocale::ShortFormat));
        break;
    case State::Failed:
        text = tr("Connection failed");
        break;
    }
    if (!m_message.isEmpty())
        text += QStringLiteral(": ") + m_message;
    return text;
}

} // namespace meshscope
