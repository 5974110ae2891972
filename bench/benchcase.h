#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace meshscope::bench {

// A benchmark case: runs, prints `name: value` lines to stdout, returns a process exit code.
struct BenchCase
{
    QString name;
    QString usage; // e.g. "--pods N"
    std::function<int(const QStringList& arguments)> run;
};

// Registers a case at static-initialisation time; see case_*.cpp.
struct BenchRegistration
{
    explicit BenchRegistration(BenchCase benchCase);
};
const QList<BenchCase>& registeredCases();

// Helpers every case uses.
void printValue(const QString& name, double value, int precision = 3);
void printValue(const QString& name, const QString& value);
double median(QList<double> values);
double peakRssMb(); // VmHWM of this process
int intOption(const QStringList& arguments, const QString& option, int fallback);
QString stringOption(const QStringList& arguments, const QString& option, const QString& fallback = {});

} // namespace meshscope::bench
