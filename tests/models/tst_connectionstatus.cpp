#include "models/connectionstatus.h"

#include <QSignalSpy>
#include <QTest>

using namespace meshscope;

class TestConnectionStatus : public QObject
{
    Q_OBJECT
private slots:
    void emitsOnlyOnRealChange()
    {
        ConnectionStatus status;
        QSignalSpy spy(&status, &ConnectionStatus::changed);
        status.setContext(QStringLiteral("kind-a"));
        status.setContext(QStringLiteral("kind-a"));
        status.setState(ConnectionStatus::State::Connected);
        status.setState(ConnectionStatus::State::Connected);
        QCOMPARE(spy.count(), 2);
    }

    void staleSinceIsFirstLoss()
    {
        ConnectionStatus status;
        status.setState(ConnectionStatus::State::Connected);
        QVERIFY(!status.staleSince().isValid());
        status.setState(ConnectionStatus::State::Reconnecting, QStringLiteral("retry 1"));
        const QDateTime first = status.staleSince();
        QVERIFY(first.isValid());
        QTest::qWait(5);
        status.setState(ConnectionStatus::State::Reconnecting, QStringLiteral("retry 2"));
        QCOMPARE(status.staleSince(), first);
        QVERIFY(status.stateText().contains(QStringLiteral("stale since")));
        QVERIFY(status.stateText().endsWith(QStringLiteral("retry 2")));
        status.setState(ConnectionStatus::State::Connected);
        QVERIFY(!status.staleSince().isValid());
        QCOMPARE(status.stateText(), QStringLiteral("Connected"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionStatus)
#include "tst_connectionstatus.moc"
