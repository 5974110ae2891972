#pragma once

// Child processes for tests: the real meshscope binary, meshscope-sim, kubectl, promtool. Every wait spins the
// event loop (a BadHttpServer or SimProcess in the test keeps answering) and is bounded.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace meshscope::testing {

struct CommandResult
{
    int exitCode = -1; // -1 when it crashed, timed out or did not start
    QByteArray out;
    QByteArray err;
    bool timedOut = false;
    bool crashed = false;
    QString startError; // the program could not be started (not installed)
    qint64 elapsedMs = 0;

    bool ok() const { return exitCode == 0; }
    // "exit 1 after 120 ms\nstdout: …\nstderr: …", for QVERIFY2 messages.
    QString describe() const;
};

struct RunOptions
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QByteArray input; // written to stdin, which is then closed
    int timeoutMs = 90000; // then the process is killed and timedOut is set
    QString workingDirectory;
};

CommandResult runProcess(const QString& program, const QStringList& arguments, const RunOptions& options = {});

// The build's own executables (absolute paths, fixed at build time).
QString meshscopeExecutable();
QString simulatorExecutable();

// `meshscope <arguments>`: the real binary as a user runs it (headless commands).
CommandResult runMeshscope(const QStringList& arguments, const RunOptions& options = {});

// A TCP port on 127.0.0.1 that was free a moment ago.
quint16 freeLoopbackPort();

} // namespace meshscope::testing
