#include "demohistory.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace meshscope {

DemoHistory::DemoHistory(const Plan& plan, QObject* parent)
    : QObject(parent)
    , m_plan(plan)
{ }

DemoHistory::~DemoHistory()
{
    for (QProcess* process : std::as_const(m_running)) {
        process->disconnect(this);
        process->kill();
        process->waitForFinished(2000);
    }
}

QString DemoHistory::findPromtool()
{
    return QStandardPaths::findExecutable(QStringLiteral("promtool"));
}

QString DemoHistory::recentFile() const
{
    return QDir(m_plan.workDir).filePath(QStringLiteral("recent.om"));
}

QStringList DemoHistory::simulatorArguments() const
{
    return { QStringLiteral("--history-hours"), QString::number(m_plan.hours), QStringLiteral("--history-step"),
        QString::number(m_plan.stepSeconds), QStringLiteral("--history-end"), QString::number(m_plan.end),
        QStringLiteral("--traffic-rate"), QString::number(m_plan.trafficRate), QStringLiteral("--history-out"),
        recentFile(), QStringLiteral("--history-from"), QString::number(m_plan.end - m_plan.recentSeconds) };
}

void DemoHistory::loadRecent(Done done)
{
    if (!QFileInfo::exists(recentFile()))
        return done(tr("the simulator wrote no history"));
    createBlocks(recentFile(), m_plan.dataDir, false, std::move(done));
}

void DemoHistory::loadOlder(Done done)
{
    const QString file = QDir(m_plan.workDir).filePath(QStringLiteral("older.om"));
    const QString blocks = QDir(m_plan.workDir).filePath(QStringLiteral("older-blocks"));
    const QStringList backfill { QStringLiteral("backfill"), QStringLiteral("--scenario"), QStringLiteral("bookinfo"),
        QStringLiteral("--hours"), QString::number(m_plan.hours), QStringLiteral("--step"),
        QString::number(m_plan.stepSeconds), QStringLiteral("--end"), QString::number(m_plan.end),
        QStringLiteral("--traffic-rate"), QString::number(m_plan.trafficRate), QStringLiteral("--until"),
        QString::number(m_plan.end - m_plan.recentSeconds), QStringLiteral("--out"), file };
    run(m_plan.simulator, backfill, true, [this, file, blocks, done = std::move(done)](const QString& error) mutable {
        if (!error.isEmpty())
            return done(error);
        createBlocks(file, blocks, true, [this, blocks, done = std::move(done)](const QString& error) {
            done(error.isEmpty() ? moveBlocks(blocks) : error);
        });
    });
}

void DemoHistory::createBlocks(const QString& file, const QString& blocksDir, bool background, Done done)
{
    run(m_plan.promtool,
        { QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"), file,
            blocksDir },
        background, [file, done = std::move(done)](const QString& error) {
            QFile::remove(file); // many megabytes, no longer needed once turned into blocks
            done(error);
        });
}

void DemoHistory::run(const QString& program, const QStringList& arguments, bool background, Done done)
{
    auto* process = new QProcess(this);
    m_running.append(process);
    process->setProcessChannelMode(QProcess::MergedChannels);
    QString executable = program;
    QStringList args = arguments;
    // The older hours load while the user already works: leave the CPU to the UI.
    const QString nice = background ? QStandardPaths::findExecutable(QStringLiteral("nice")) : QString();
    if (!nice.isEmpty()) {
        args = QStringList { QStringLiteral("-n"), QStringLiteral("10"), program } + arguments;
        executable = nice;
    }
    const QString what = QFileInfo(program).fileName();
    connect(process, &QProcess::finished, this, [this, process, what, done](int code, QProcess::ExitStatus status) {
        m_running.removeOne(process);
        process->deleteLater();
        const QString output = QString::fromLocal8Bit(process->readAll().right(500)).trimmed();
        done(status == QProcess::NormalExit && code == 0
                ? QString()
                : tr("%1 failed (exit code %2): %3").arg(what).arg(code).arg(output));
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, what, done](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_running.removeOne(process);
        process->deleteLater();
        done(tr("%1 could not be started: %2").arg(what, process->errorString()));
    });
    process->start(executable, args);
}

QString DemoHistory::moveBlocks(const QString& from) const
{
    const QDir source(from);
    for (const QString& block : source.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!QFileInfo::exists(source.filePath(block + QStringLiteral("/meta.json"))))
            continue;
        // A rename within one file system: Prometheus never sees half a block.
        if (!QDir().rename(source.filePath(block), QDir(m_plan.dataDir).filePath(block)))
            return tr("cannot move block %1 into %2").arg(block, m_plan.dataDir);
    }
    return {};
}

} // namespace meshscope
