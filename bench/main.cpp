// meshscope-bench CASE [options] — prints `name: value` lines. Without a case, lists the cases.
#include "benchcase.h"

#include <QApplication>
#include <QTextStream>

using namespace meshscope::bench;

int main(int argc, char** argv)
{
    // Some cases render widgets offscreen; a QApplication serves them all.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.value(1);
    for (const BenchCase& benchCase : registeredCases()) {
        if (benchCase.name == name)
            return benchCase.run(arguments.mid(2));
    }
    QTextStream err(stderr);
    err << "usage: meshscope-bench CASE [options]\ncases:\n";
    for (const BenchCase& benchCase : registeredCases())
        err << "  " << benchCase.name << ' ' << benchCase.usage << '\n';
    return name.isEmpty() ? 0 : 2;
}
