#include "models/core/background.h"
#include "models/core/jobtracker.h"
#include "models/core/refreshcontroller.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace meshscope;

namespace {

// A source that answers after a fixed delay, far slower than the refresh interval in some tests.
class SlowController : public RefreshController
{
public:
    explicit SlowController(int answerMs)
        : m_answerMs(answerMs)
    { }
    int started = 0;
    int delivered = 0;
    int cancelled = 0;
    int sooner = 0; // passed to finishRefresh

protected:
    void startRefresh(const JobTracker::Ticket& ticket) override
    {
        ++started;
        jobs().onCancel(ticket, [this] { ++cancelled; });
        QTimer::singleShot(m_answerMs, this, jobs().guard(ticket, [this, ticket] {
            ++delivered;
            finishRefresh(ticket, sooner);
        }));
    }

private:
    int m_answerMs;
};

// Work whose captured state takes long to release (as a refresh's inputs of 20,000 pods do): the worker thread is
// still releasing it when the result is delivered, until the callback has started. Held by a shared_ptr: whoever
// drops the last reference (the worker) waits.
struct SlowRelease
{
    explicit SlowRelease(std::shared_ptr<std::atomic<bool>> released)
        : released(std::move(released))
    { }
    SlowRelease(const SlowRelease&) = delete;
    SlowRelease& operator=(const SlowRelease&) = delete;
    ~SlowRelease()
    {
        const QDeadlineTimer deadline(2000);
        while (!*released && !deadline.hasExpired())
            QThread::msleep(1);
    }
    std::shared_ptr<std::atomic<bool>> released;
};

// A nested event loop, as a modal dialog or a busy wait in a callback runs one.
void spinNestedLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

class TestRefreshController : public QObject
{
    Q_OBJECT
private slots:
    void slowSourceIsNeverCancelledByTheTimer()
    {
        // Interval 1 s, answers after 1.5 s: a repeating timer would cancel every refresh and never deliver.
        SlowController controller(1500);
        controller.setIntervalSeconds(1);
        controller.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(controller.delivered, 2, 6000);
        QCOMPARE(controller.cancelled, 0);
        QCOMPARE(controller.started, controller.delivered + (controller.isRefreshing() ? 1 : 0));
    }

    void timerIsArmedOnlyAfterARefreshFinishes()
    {
        SlowController controller(300);
        controller.setIntervalSeconds(1);
        QVERIFY(controller.isTimerArmed()); // idle: waits for the first tick
        controller.refresh();
        QVERIFY(controller.isRefreshing());
        QVERIFY(!controller.isTimerArmed());
        QTRY_VERIFY(!controller.isRefreshing());
        QVERIFY(controller.isTimerArmed());
        QVERIFY(controller.lastFinished().isValid());
    }

    void aSoonerRetryShortensOnlyTheNextWait()
    {
        SlowController controller(10);
        controller.sooner = 1;
        controller.setIntervalSeconds(30);
        controller.refresh();
        QTRY_COMPARE(controller.delivered, 1);
        QTRY_COMPARE_WITH_TIMEOUT(controller.delivered, 2, 3000); // one second, not thirty
        controller.sooner = 0;
        QTRY_VERIFY(!controller.isRefreshing());
        QTest::qWait(1500);
        QCOMPARE(controller.delivered, 3); // the retry after the second, then the interval again
        controller.setIntervalSeconds(0);
        controller.sooner = 1;
        controller.refresh();
        QTRY_COMPARE(controller.delivered, 4);
        QVERIFY(!controller.isTimerArmed()); // paused stays paused
    }

    void aNewRefreshSupersedesTheOneInFlight()
    {
        SlowController controller(200);
        QSignalSpy refreshing(&controller, &RefreshController::refreshingChanged);
        controller.refresh();
        controller.refresh(); // e.g. the query changed
        QCOMPARE(controller.cancelled, 1);
        QTRY_COMPARE(controller.delivered, 1);
        QTest::qWait(300);
        QCOMPARE(controller.delivered, 1); // the first one's answer was dropped
        QCOMPARE(refreshing.count(), 2); // true once, false once
        QVERIFY(!controller.isTimerArmed()); // paused: interval 0
    }

    void stopCancels()
    {
        SlowController controller(100);
        controller.setIntervalSeconds(1);
        controller.refresh();
        controller.stop();
        QCOMPARE(controller.cancelled, 1);
        QTest::qWait(250);
        QCOMPARE(controller.delivered, 0);
        QVERIFY(!controller.isTimerArmed());
    }

    void trackerDropsSupersededBackgroundResults()
    {
        JobTracker jobs;
        QObject context;
        QStringList got;
        jobs.run(
            &context, QStringLiteral("layout"),
            [] {
                QThread::msleep(150);
                return QStringLiteral("old");
            },
            [&](const QString& value) { got << value; });
        const auto newest = jobs.run(
            &context, QStringLiteral("layout"), [] { return QStringLiteral("new"); },
            [&](const QString& value) { got << value; });
        jobs.run(
            &context, QStringLiteral("other"), [] { return QStringLiteral("other lane"); },
            [&](const QString& value) { got << value; });
        QTRY_COMPARE(got.size(), 2);
        QTest::qWait(300);
        QCOMPARE(got.size(), 2);
        QVERIFY(got.contains(QStringLiteral("new")) && got.contains(QStringLiteral("other lane")));
        QVERIFY(jobs.isCurrent(newest));
        jobs.finish(newest);
        QVERIFY(!jobs.isBusy(QStringLiteral("layout")));
    }

    void destroyedTrackerDropsLateResults()
    {
        QObject context;
        bool delivered = false;
        {
            JobTracker jobs;
            jobs.run(
                &context, QStringLiteral("lane"),
                [] {
                    QThread::msleep(100);
                    return 1;
                },
                [&](int) { delivered = true; });
        }
        QTest::qWait(300);
        QVERIFY(!delivered);
    }

    // The context (a page's controller) goes away while its work still runs: nothing is delivered, nothing asserts.
    void destroyedContextDropsLateResults()
    {
        bool delivered = false;
        {
            QObject context;
            runInBackground(
                &context,
                [] {
                    QThread::msleep(100);
                    return 1;
                },
                [&](int) { delivered = true; });
        }
        QTest::qWait(300);
        QVERIFY(!delivered);
    }

    // The callback runs a nested event loop while the worker finishes releasing the work: the result is delivered
    // once, and nothing else arrives (a second delivery used to find no result and crash).
    void nestedEventLoopInTheCallbackDeliversOnce()
    {
        QObject context;
        auto released = std::make_shared<std::atomic<bool>>(false);
        int calls = 0;
        QString got;
        runInBackground(
            &context, [slow = std::make_shared<SlowRelease>(released)] { return QStringLiteral("result"); },
            [&](const QString& value) {
                ++calls;
                got = value;
                *released = true;
                spinNestedLoop(150);
            });
        QTRY_COMPARE(calls, 1);
        spinNestedLoop(100);
        QCOMPARE(calls, 1);
        QCOMPARE(got, QStringLiteral("result"));
    }

    // The same through the job tracker, with a newer job started from inside the nested loop: the newer one is
    // delivered, each exactly once.
    void trackerCallbackWithNestedLoopAndNewerJob()
    {
        QObject context;
        JobTracker jobs;
        auto released = std::make_shared<std::atomic<bool>>(false);
        QStringList got;
        jobs.run(
            &context, QStringLiteral("build"),
            [slow = std::make_shared<SlowRelease>(released)] { return QStringLiteral("first"); },
            [&](const QString& value) {
                got << value;
                *released = true;
                jobs.run(
                    &context, QStringLiteral("build"), [] { return QStringLiteral("second"); },
                    [&](const QString& second) { got << second; });
                spinNestedLoop(150);
            });
        QTRY_COMPARE(got.size(), 2);
        spinNestedLoop(100);
        QCOMPARE(got, QStringList({ QStringLiteral("first"), QStringLiteral("second") }));
    }

    // The callback deletes its own context (a page closed from a result): no second call, no use after free.
    void callbackMayDeleteItsContext()
    {
        auto* context = new QObject;
        auto released = std::make_shared<std::atomic<bool>>(false);
        int calls = 0;
        runInBackground(
            context, [slow = std::make_shared<SlowRelease>(released)] { return 7; },
            [&](int value) {
                calls += value;
                *released = true;
                delete context;
                spinNestedLoop(100);
            });
        QTRY_COMPARE(calls, 7);
        spinNestedLoop(100);
        QCOMPARE(calls, 7);
    }

    // A move-only result is handed over, not copied.
    void moveOnlyResult()
    {
        QObject context;
        int got = 0;
        runInBackground(
            &context, [] { return std::make_unique<int>(42); }, [&](std::unique_ptr<int> value) { got = *value; });
        QTRY_COMPARE(got, 42);
    }
};

QTEST_GUILESS_MAIN(TestRefreshController)
#include "tst_refreshcontroller.moc"
