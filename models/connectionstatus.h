#pragma once

#include <QDateTime>
#include <QObject>

namespace meshscope {

// What the status bar shows about the cluster: which context, and whether we are talking to it.
class ConnectionStatus : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        NotConfigured, // no kubeconfig/context chosen
        Connecting,
        Connected,
        Reconnecting, // was connected; data shown is stale since staleSince()
        Failed,
    };
    Q_ENUM(State)

    explicit ConnectionStatus(QObject* parent = nullptr);

    QString context() const { return m_context; }
    State state() const { return m_state; }
    QString message() const { return m_message; }
    QDateTime staleSince() const { return m_staleSince; }

    void setContext(const QString& context);
    void setState(State state, const QString& message = {});

    // A short translated text for the status bar, e.g. "Connected" or "Reconnecting — stale since 14:02".
    QString stateText() const;

signals:
    void changed();

private:
    QString m_context;
    State m_state = State::NotConfigured;
    QString m_message;
    QDateTime m_staleSince;
};

} // namespace meshscope
