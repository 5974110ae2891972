#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <functional>

namespace meshscope {

// The demo mesh's past: the simulator's last hours of traffic as OpenMetrics, turned into TSDB blocks for
// Prometheus by `promtool tsdb create-blocks-from openmetrics`. In two parts, so the demo does not wait for all
// of it: the simulator itself runs through the history before it starts (--history-hours, so its live counters
// continue it) and writes the recent minutes (--history-out), which go into the data directory before Prometheus
// starts (loadRecent); `meshscope-sim backfill` writes the older hours in the background (loadOlder), into blocks
// that are moved into the running Prometheus' data directory, which picks them up at its next block reload
// (within a minute). Both parts are cut from one deterministic history (same --end and step), so they join
// without a seam.
class DemoHistory : public QObject
{
    Q_OBJECT
public:
    struct Plan
    {
        QString simulator; // meshscope-sim
        QString promtool;
        QString workDir; // for the OpenMetrics files and the older blocks
        QString dataDir; // Prometheus' --storage.tsdb.path
        qint64 end = 0; // unix seconds: the history ends here
        double hours = 6;
        int stepSeconds = 30;
        int recentSeconds = 900; // the part loaded before Prometheus starts
        double trafficRate = 20;
    };

    explicit DemoHistory(const Plan& plan, QObject* parent = nullptr);
    ~DemoHistory() override;

    static QString findPromtool();
    // The simulator arguments that make its live counters continue this history and write its recent part.
    QStringList simulatorArguments() const;

    using Done = std::function<void(const QString& error)>; // error empty on success
    void loadRecent(Done done);
    void loadOlder(Done done);

private:
    // Runs program with arguments; done(error) when it has finished.
    void run(const QString& program, const QStringList& arguments, bool background, Done done);
    void createBlocks(const QString& file, const QString& blocksDir, bool background, Done done);
    QString recentFile() const;
    QString moveBlocks(const QString& from) const; // into dataDir; an error message or empty

    Plan m_plan;
    QList<QProcess*> m_running;
};

} // namespace meshscope
