#include "benchcase.h"

#include <QFile>
#include <QTextStream>
#include <algorithm>

namespace meshscope::bench {

namespace {
QList<BenchCase>& cases()
{
    static QList<BenchCase> all;
    return all;
}
} // namespace

BenchRegistration::BenchRegistration(BenchCase benchCase)
{
    cases().append(std::move(benchCase));
}

const QList<BenchCase>& registeredCases()
{
    return cases();
}

void printValue(const QString& name, double value, int precision)
{
    QTextStream(stdout) << name << ": " << QString::number(value, 'f', precision) << '\n';
}

void printValue(const QString& name, const QString& value)
{
    QTextStream(stdout) << name << ": " << value << '\n';
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

int intOption(const QStringList& arguments, const QString& option, int fallback)
{
    const qsizetype at = arguments.indexOf(option);
    bool ok = false;
    const int value = at >= 0 ? arguments.value(at + 1).toInt(&ok) : 0;
    return ok ? value : fallback;
}

QString stringOption(const QStringList& arguments, const QString& option, const QString& fallback)
{
    const qsizetype at = arguments.indexOf(option);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

} // namespace meshscope::bench
