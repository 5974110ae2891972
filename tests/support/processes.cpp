#include "processes.h"

#include "waiting.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>

namespace meshscope::testing {

QString CommandResult::describe() const
{
    QString state = startError.isEmpty() ? QStringLiteral("exit %1").arg(exitCode) : startError;
    if (timedOut)
        state = QStringLiteral("timed out");
    else if (crashed)
        state = QStringLiteral("crashed");
    return QStringLiteral("%1 after %2 ms\nstdout: %3\nstderr: %4")
        .arg(state)
        .arg(elapsedMs)
        .arg(QString::fromUtf8(out.left(3000)), QString::fromUtf8(err.left(3000)));
}

CommandResult runProcess(const QString& program, const QStringList& arguments, const RunOptions& options)
{
    CommandResult result;
    QProcess process;
    process.setProcessEnvironment(options.environment);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        result.startError = QStringLiteral("%1 could not be started: %2").arg(program, process.errorString());
        return result;
    }
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    // The event loop runs meanwhile: servers inside the test keep answering the child.
    if (!waitUntil([&] { return process.state() == QProcess::NotRunning; }, options.timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.elapsedMs = clock.elapsed();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.crashed = !result.timedOut && process.exitStatus() != QProcess::NormalExit;
    if (!result.timedOut && !result.crashed)
        result.exitCode = process.exitCode();
    return result;
}

QString meshscopeExecutable()
{
    return QStringLiteral(MESHSCOPE_SUPPORT_MESHSCOPE_EXE);
}

QString simulatorExecutable()
{
    return QStringLiteral(MESHSCOPE_SUPPORT_SIM_EXE);
}

CommandResult runMeshscope(const QStringList& arguments, const RunOptions& options)
{
    return runProcess(meshscopeExecutable(), arguments, options);
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace meshscope::testing
