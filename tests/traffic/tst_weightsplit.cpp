#include "models/traffic/weightsplit.h"

#include <QTest>

using namespace meshscope;

namespace {

// Runs "set v1 80; lock v2; unlock v2; evenly; all v3; mirror v2 20; unmirror" on a split.
void run(WeightSplit& split, const QString& script)
{
    for (const QString& step : script.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList words = step.simplified().split(QLatin1Char(' '));
        const QString op = words.value(0);
        const int row = split.indexOf(words.value(1));
        if (op == QLatin1String("set"))
            split.setWeight(row, words.value(2).toInt());
        else if (op == QLatin1String("lock"))
            split.setLocked(row, true);
        else if (op == QLatin1String("unlock"))
            split.setLocked(row, false);
        else if (op == QLatin1String("evenly"))
            split.distributeEvenly();
        else if (op == QLatin1String("all"))
            split.allTo(row);
        else if (op == QLatin1String("mirror"))
            split.setMirror(row, words.value(2).toInt());
        else if (op == QLatin1String("mirrorpercent"))
            split.setMirrorPercent(words.value(1).toInt());
        else if (op == QLatin1String("unmirror"))
            split.setMirror(-1, 0);
        else
            QTest::qFail(qPrintable(QStringLiteral("unknown step ") + step), __FILE__, __LINE__);
    }
}

} // namespace

class TestWeightSplit : public QObject
{
    Q_OBJECT
private slots:
    void arithmetic_data()
    {
        QTest::addColumn<QString>("start"); // "v1=50,v2=50", or "even:v1,v2,v3"
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("mirror"); // "v3=20" or ""

        QTest::newRow("even of 3") << "even:v1,v2,v3"
                                   << ""
                                   << "v1=33,v2=33,v3=34"
                                   << "";
        QTest::newRow("even of 6") << "even:a,b,c,d,e,f"
                                   << ""
                                   << "a=16,b=16,c=17,d=17,e=17,f=17"
                                   << "";
        QTest::newRow("even of 1") << "even:v1"
                                   << ""
                                   << "v1=100"
                                   << "";
        QTest::newRow("two rows complement") << "v1=90,v2=10"
                                             << "set v2 35"
                                             << "v1=65,v2=35"
                                             << "";
        QTest::newRow("proportional take") << "v1=50,v2=25,v3=25"
                                           << "set v1 80"
                                           << "v1=80,v2=10,v3=10"
                                           << "";
        QTest::newRow("proportional give") << "v1=60,v2=30,v3=10"
                                           << "set v1 20"
                                           << "v1=20,v2=60,v3=20"
                                           << "";
        QTest::newRow("rounding keeps 100") << "v1=34,v2=33,v3=33"
                                            << "set v1 0"
                                            << "v1=0,v2=50,v3=50"
                                            << "";
        QTest::newRow("others at zero share evenly") << "v1=100,v2=0,v3=0"
                                                     << "set v1 40"
                                                     << "v1=40,v2=30,v3=30"
                                                     << "";
        QTest::newRow("canary in three steps") << "v1=100,v2=0,v3=0"
                                               << "set v3 10; set v3 50; set v3 100"
                                               << "v1=0,v2=0,v3=100"
                                               << "";
        QTest::newRow("clamped above 100") << "v1=50,v2=50"
                                           << "set v1 250"
                                           << "v1=100,v2=0"
                                           << "";
        QTest::newRow("clamped below 0") << "v1=50,v2=50"
                                         << "set v1 -5"
                                         << "v1=0,v2=100"
                                         << "";
        QTest::newRow("lock keeps a row") << "v1=50,v2=25,v3=25"
                                          << "lock v2; set v1 70"
                                          << "v1=70,v2=25,v3=5"
                                          << "";
        QTest::newRow("lock caps the maximum") << "v1=50,v2=25,v3=25"
                                               << "lock v2; set v1 100"
                                               << "v1=75,v2=25,v3=0"
                                               << "";
        QTest::newRow("locked row does not move") << "v1=50,v2=25,v3=25"
                                                  << "lock v2; set v2 90"
                                                  << "v1=50,v2=25,v3=25"
                                                  << "";
        QTest::newRow("last unlocked row cannot move") << "v1=50,v2=25,v3=25"
                                                       << "lock v2; lock v3; set v1 10"
                                                       << "v1=50,v2=25,v3=25"
                                                       << "";
        QTest::newRow("unlock frees it again") << "v1=50,v2=25,v3=25"
                                               << "lock v2; unlock v2; set v1 100"
                                               << "v1=100,v2=0,v3=0"
                                               << "";
        QTest::newRow("evenly around a lock") << "v1=10,v2=40,v3=50"
                                              << "lock v2; evenly"
                                              << "v1=30,v2=40,v3=30"
                                              << "";
        QTest::newRow("evenly normalises a broken sum") << "v1=70,v2=70"
                                                        << "evenly"
                                                        << "v1=50,v2=50"
                                                        << "";
        QTest::newRow("moving normalises a broken sum") << "v1=10,v2=10,v3=20"
                                                        << "set v1 50"
                                                        << "v1=50,v2=17,v3=33"
                                                        << "";
        QTest::newRow("all to one") << "v1=50,v2=25,v3=25"
                                    << "all v3"
                                    << "v1=0,v2=0,v3=100"
                                    << "";
        QTest::newRow("all to one overrides locks") << "v1=50,v2=25,v3=25"
                                                    << "lock v1; all v2; set v3 10"
                                                    << "v1=0,v2=90,v3=10"
                                                    << "";
        QTest::newRow("mirror takes the row out of the sum") << "v1=50,v2=25,v3=25"
                                                             << "mirror v3 20"
                                                             << "v1=67,v2=33,v3=0"
                                                             << "v3=20";
        QTest::newRow("mirror row cannot be moved") << "v1=50,v2=50,v3=0"
                                                    << "mirror v3 20; set v3 40"
                                                    << "v1=50,v2=50,v3=0"
                                                    << "v3=20";
        QTest::newRow("mirror not a share of the others") << "v1=50,v2=50,v3=0"
                                                          << "mirror v3 20; set v1 80"
                                                          << "v1=80,v2=20,v3=0"
                                                          << "v3=20";
        QTest::newRow("mirror percent") << "v1=100,v2=0"
                                        << "mirror v2 10; mirrorpercent 55"
                                        << "v1=100,v2=0"
                                        << "v2=55";
        QTest::newRow("mirror percent clamped") << "v1=100,v2=0"
                                                << "mirror v2 130"
                                                << "v1=100,v2=0"
                                                << "v2=100";
        QTest::newRow("evenly skips the mirror") << "v1=100,v2=0,v3=0"
                                                 << "mirror v3 5; evenly"
                                                 << "v1=50,v2=50,v3=0"
                                                 << "v3=5";
        QTest::newRow("unmirror") << "v1=100,v2=0"
                                  << "mirror v2 10; unmirror"
                                  << "v1=100,v2=0"
                                  << "";
        QTest::newRow("all to the mirror ends the mirror") << "v1=100,v2=0"
                                                           << "mirror v2 10; all v2"
                                                           << "v1=0,v2=100"
                                                           << "";
        QTest::newRow("mirror a locked row with the rest locked") << "v1=60,v2=40"
                                                                  << "lock v1; lock v2; mirror v2 50"
                                                                  << "v1=100,v2=0"
                                                                  << "v2=50";
        QTest::newRow("unknown row ignored") << "v1=60,v2=40"
                                             << "set v9 10; lock v9; all v9"
                                             << "v1=60,v2=40"
                                             << "";
    }

    void arithmetic()
    {
        QFETCH(QString, start);
        QFETCH(QString, script);
        QFETCH(QString, expected);
        QFETCH(QString, mirror);
        WeightSplit split;
        if (start.startsWith(QLatin1String("even:"))) {
            split = WeightSplit(start.mid(5).split(QLatin1Char(',')));
        } else {
            QString error;
            split = WeightSplit::parse(start, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        run(split, script);
        QCOMPARE(split.toString(), expected);
        const QString mirrorText = split.mirrorRow() < 0
            ? QString()
            : split.mirrorVersion() + QLatin1Char('=') + QString::number(split.mirrorPercent());
        QCOMPARE(mirrorText, mirror);
        QCOMPARE(split.sum(), 100);
        QVERIFY2(split.problem().isEmpty(), qPrintable(split.problem()));
        for (int row = 0; row < split.count(); ++row) {
            QVERIFY(split.minimum(row) <= split.weight(row));
            QVERIFY(split.weight(row) <= split.maximum(row));
        }
    }

    void limits()
    {
        WeightSplit split = WeightSplit::parse(QStringLiteral("v1=50,v2=25,v3=25"), nullptr);
        QCOMPARE(split.maximum(0), 100);
        split.setLocked(1, true);
        QCOMPARE(split.maximum(0), 75);
        QCOMPARE(split.minimum(0), 0);
        QCOMPARE(split.maximum(1), 25);
        QCOMPARE(split.minimum(1), 25);
        split.setLocked(2, true);
        QCOMPARE(split.maximum(0), 50); // nothing left to trade with
        QCOMPARE(split.minimum(0), 50);
        const WeightSplit single(QStringList { QStringLiteral("v1") });
        QCOMPARE(single.maximum(0), 100);
        QCOMPARE(single.minimum(0), 100);
    }

    void problems()
    {
        QCOMPARE(WeightSplit().problem(), QStringLiteral("There is no version to send traffic to."));
        const WeightSplit broken
            = WeightSplit::fromWeights({ { QStringLiteral("v1"), 70 }, { QStringLiteral("v2"), 20 } });
        QCOMPARE(broken.problem(), QStringLiteral("The weights add up to 90 %; they must add up to 100 %."));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("weights");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok") << "v1=80,v2=20"
                            << "v1=80,v2=20"
                            << "";
        QTest::newRow("spaces") << " v1 = 80 , v2=20 "
                                << "v1=80,v2=20"
                                << "";
        QTest::newRow("no sum check") << "v1=80,v2=30"
                                      << "v1=80,v2=30"
                                      << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "No weights given; write them as v1=80,v2=20.";
        QTest::newRow("no equals") << "v1:80"
                                   << ""
                                   << "\"v1:80\" is not a weight; write them as v1=80,v2=20.";
        QTest::newRow("not a number") << "v1=eighty"
                                      << ""
                                      << "\"v1=eighty\" is not a weight; write them as v1=80,v2=20.";
        QTest::newRow("no version") << "=80"
                                    << ""
                                    << "\"=80\" is not a weight; write them as v1=80,v2=20.";
        QTest::newRow("over 100") << "v1=120"
                                  << ""
                                  << "The weight of v1 is 120; weights are 0 to 100.";
        QTest::newRow("negative") << "v1=-1,v2=101"
                                  << ""
                                  << "The weight of v1 is -1; weights are 0 to 100.";
        QTest::newRow("twice") << "v1=50,v1=50"
                               << ""
                               << "v1 is given twice.";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, weights);
        QFETCH(QString, error);
        QString message;
        const WeightSplit split = WeightSplit::parse(text, &message);
        QCOMPARE(message, error);
        QCOMPARE(split.toString(), weights);
    }
};

QTEST_GUILESS_MAIN(TestWeightSplit)
#include "tst_weightsplit.moc"
