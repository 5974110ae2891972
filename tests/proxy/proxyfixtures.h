#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtTest>

// Reads the upstream istioctl test data in place (../shared/fixtures/istio/istioctl/…).
inline QByteArray istioctlFixture(const QString& relative)
{
    QFile file(qEnvironmentVariable("MESHSCOPE_SHARED") + QStringLiteral("/fixtures/istio/istioctl/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Compares byte for byte; on a difference prints both around the first differing line.
inline bool sameText(const std::string& actual, const QByteArray& expected, QString* report)
{
    if (QByteArray::fromStdString(actual) == expected)
        return true;
    const QList<QByteArray> got = QByteArray::fromStdString(actual).split('\n');
    const QList<QByteArray> want = expected.split('\n');
    qsizetype line = 0;
    while (line < got.size() && line < want.size() && got.at(line) == want.at(line))
        ++line;
    *report = QStringLiteral("first difference at line %1:\n  got:  [%2]\n  want: [%3]\n(got %4 lines, want %5)")
                  .arg(line + 1)
                  .arg(QString::fromUtf8(line < got.size() ? got.at(line) : QByteArray("<end>")),
                      QString::fromUtf8(line < want.size() ? want.at(line) : QByteArray("<end>")))
                  .arg(got.size())
                  .arg(want.size());
    return false;
}

#define COMPARE_TEXT(actual, expected)                                                                                 \
    do {                                                                                                               \
        QString report_;                                                                                               \
        QVERIFY2(sameText((actual), (expected), &report_), qPrintable(report_));                                       \
    } while (false)
