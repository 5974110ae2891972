// YAML documents with positions, the YAML writer, and the dtl line diff.
#include "models/config/textdiff.h"
#include "models/config/yamldocument.h"
#include "models/config/yamlwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace meshscope;
using namespace meshscope::config;

namespace QTest {
template <> char* toString(const TextPosition& position)
{
    return qstrdup(QStringLiteral("%1:%2").arg(position.line).arg(position.column).toUtf8().constData());
}
} // namespace QTest

namespace {
QString sharedDir()
{
    return qEnvironmentVariable("MESHSCOPE_SHARED");
}

QString readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Applies unified hunks to old lines the way patch(1) does; the result must be the new text.
QStringList applyHunks(const QStringList& old, const QList<textdiff::Hunk>& hunks, bool* ok)
{
    QStringList out;
    int next = 1; // next old line to copy
    *ok = true;
    for (const textdiff::Hunk& hunk : hunks) {
        const int start = hunk.oldCount == 0 ? hunk.oldStart + 1 : hunk.oldStart;
        while (next < start)
            out.append(old.at(next++ - 1));
        int oldSeen = 0;
        int newSeen = 0;
        for (const textdiff::DiffLine& line : hunk.lines) {
            if (line.kind == textdiff::DiffLine::Kind::Added) {
                out.append(line.text);
                ++newSeen;
                continue;
            }
            if (next > old.size() || old.at(next - 1) != line.text)
                *ok = false;
            if (line.kind == textdiff::DiffLine::Kind::Same) {
                out.append(line.text);
                ++newSeen;
            }
            ++oldSeen;
            ++next;
        }
        if (oldSeen != hunk.oldCount || newSeen != hunk.newCount)
            *ok = false;
    }
    while (next <= old.size())
        out.append(old.at(next++ - 1));
    return out;
}
} // namespace

class TestConfigText : public QObject
{
    Q_OBJECT

private slots:
    void identicalTextsHaveNoDiff()
    {
        const QString text = QStringLiteral("a\nb\nc\n");
        QVERIFY(textdiff::diffTexts(text, text).identical());
        QCOMPARE(textdiff::unifiedDiff(text, text, QStringLiteral("a"), QStringLiteral("b")), QString());
        QVERIFY(textdiff::unifiedHunks(textdiff::diffTexts(text, text)).isEmpty());
    }

    void unifiedDiffMatchesDiffU()
    {
        // One change in the middle of ten lines, three lines of context: what `diff -u` prints.
        QStringList old;
        for (int i = 1; i <= 10; ++i)
            old << QStringLiteral("line %1").arg(i);
        QStringList changed = old;
        changed[4] = QStringLiteral("line five");
        const QString text = textdiff::unifiedDiff(old.join(QLatin1Char('\n')) + QLatin1Char('\n'),
            changed.join(QLatin1Char('\n')) + QLatin1Char('\n'), QStringLiteral("live"), QStringLiteral("edited"));
        QCOMPARE(text,
            QStringLiteral("--- live\n+++ edited\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n"
                           " line 6\n line 7\n line 8\n"));
    }

    void contextDecidesHowHunksJoin()
    {
        QStringList old;
        for (int i = 1; i <= 30; ++i)
            old << QStringLiteral("l%1").arg(i);
        QStringList changed = old;
        changed[4] = QStringLiteral("x5");
        changed[15] = QStringLiteral("x16"); // 10 unchanged lines between the changes
        const textdiff::LineDiff diff = textdiff::diffLines(old, changed);
        QCOMPARE(textdiff::unifiedHunks(diff, 3).size(), 2); // 10 > 2×3
        const auto wide = textdiff::unifiedHunks(diff, 7); // istioctl's compare: 10 ≤ 2×7
        QCOMPARE(wide.size(), 1);
        QCOMPARE(wide.first().header(), QStringLiteral("@@ -1,23 +1,23 @@"));
        QCOMPARE(textdiff::unifiedHunks(diff, 0).first().header(), QStringLiteral("@@ -5 +5 @@"));
    }

    void emptySidesAndMissingNewline()
    {
        QCOMPARE(textdiff::unifiedDiff(QString(), QStringLiteral("a\nb\n"), QStringLiteral("x"), QStringLiteral("y")),
            QStringLiteral("--- x\n+++ y\n@@ -0,0 +1,2 @@\n+a\n+b\n"));
        QCOMPARE(textdiff::unifiedDiff(QStringLiteral("a\nb\n"), QString(), QStringLiteral("x"), QStringLiteral("y")),
            QStringLiteral("--- x\n+++ y\n@@ -1,2 +0,0 @@\n-a\n-b\n"));
        QCOMPARE(textdiff::unifiedDiff(
                     QStringLiteral("a\nb\n"), QStringLiteral("a\nb"), QStringLiteral("x"), QStringLiteral("y")),
            QStringLiteral("--- x\n+++ y\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n"));
    }

    void hunksApplyBackToTheNewText_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %d", seed) << seed;
    }

    void hunksApplyBackToTheNewText()
    {
        QFETCH(int, seed);
        QRandomGenerator random(seed);
        QStringList old;
        const int n = random.bounded(0, 60);
        for (int i = 0; i < n; ++i)
            old << QStringLiteral("v%1").arg(random.bounded(8));
        QStringList changed = old;
        const int edits = random.bounded(0, 12);
        for (int e = 0; e < edits; ++e) {
            const int at = changed.isEmpty() ? 0 : random.bounded(int(changed.size()));
            switch (random.bounded(3)) {
            case 0:
                changed.insert(at, QStringLiteral("n%1").arg(random.bounded(8)));
                break;
            case 1:
                if (!changed.isEmpty())
                    changed.removeAt(at);
                break;
            default:
                if (!changed.isEmpty())
                    changed[at] = QStringLiteral("c%1").arg(random.bounded(8));
            }
        }
        for (const int context : { 0, 3, 7 }) {
            const textdiff::LineDiff diff = textdiff::diffLines(old, changed);
            bool ok = false;
            QCOMPARE(applyHunks(old, textdiff::unifiedHunks(diff, context), &ok), changed);
            QVERIFY(ok);
            QCOMPARE(diff.identical(), old == changed);
        }
    }

    void sideBySidePairsChangedLines()
    {
        const auto rows = textdiff::sideBySide(textdiff::diffTexts(
            QStringLiteral("route:\n  weight: 80\nkeep\n"), QStringLiteral("route:\n  weight: 20\nkeep\nnew\n")));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).kind, textdiff::SideBySideRow::Kind::Same);
        QCOMPARE(rows.at(1).kind, textdiff::SideBySideRow::Kind::Changed);
        QCOMPARE(rows.at(1).leftLine, 2);
        QCOMPARE(rows.at(1).rightLine, 2);
        // Only the number differs: the highlight covers "80" and "20", not the key.
        QCOMPARE(rows.at(1).leftChanges, (QList<textdiff::TextRange> { { 10, 2 } }));
        QCOMPARE(rows.at(1).rightChanges, (QList<textdiff::TextRange> { { 10, 2 } }));
        QCOMPARE(rows.at(3).kind, textdiff::SideBySideRow::Kind::Added);
        QCOMPARE(rows.at(3).leftLine, 0);
        QCOMPARE(rows.at(3).rightLine, 4);
    }

    void intraLineChangesAreWholeTokens()
    {
        const auto [left, right] = textdiff::intraLineChanges(
            QStringLiteral("host: reviews.prod.svc"), QStringLiteral("host: ratings.prod.svc"));
        QCOMPARE(left, (QList<textdiff::TextRange> { { 6, 7 } }));
        QCOMPARE(right, (QList<textdiff::TextRange> { { 6, 7 } }));
        const auto [none, alsoNone] = textdiff::intraLineChanges(QStringLiteral("same"), QStringLiteral("same"));
        QVERIFY(none.isEmpty() && alsoNone.isEmpty());
    }

    void positionsOfFieldPaths()
    {
        const QString text = QStringLiteral("# leading comment\n"
                                            "apiVersion: v1\n"
                                            "kind: ConfigMap\n"
                                            "---\n"
                                            "apiVersion: networking.istio.io/v1\n"
                                            "kind: VirtualService\n"
                                            "metadata:\n"
                                            "  name: reviews\n"
                                            "  labels:\n"
                                            "    app.kubernetes.io/name: reviews\n"
                                            "spec:\n"
                                            "  http:\n"
                                            "  - route:\n"
                                            "    - destination: {host: reviews, subset: v1}\n"
                                            "      weight: 80\n"
                                            "    -   destination:\n"
                                            "          host: reviews\n"
                                            "        weight: 20\n");
        const QList<YamlDocument> documents = parseYamlDocuments(text);
        QCOMPARE(documents.size(), 2);
        QCOMPARE(documents.at(0).firstLine, 1);
        QCOMPARE(documents.at(0).lastLine, 3);
        const YamlDocument& vs = documents.at(1);
        QVERIFY(vs.ok());
        QCOMPARE(vs.index, 1);
        QCOMPARE(vs.firstLine, 4);
        QCOMPARE(vs.lastLine, 18);
        QCOMPARE(vs.object().value(QStringLiteral("kind")).toString(), QStringLiteral("VirtualService"));
        QCOMPARE(vs.positionOf(QStringLiteral("spec.http[0].route[0].weight")), (TextPosition { 15, 7 }));
        QCOMPARE(vs.positionOf(QStringLiteral("spec.http[0].route[1].weight")), (TextPosition { 18, 9 }));
        QCOMPARE(vs.positionOf(QStringLiteral("spec.http[0].route[1]")), (TextPosition { 16, 5 }));
        QCOMPARE(vs.positionOf(QStringLiteral("spec.http[0].route[0].destination.subset")), (TextPosition { 14, 36 }));
        QCOMPARE(vs.valuePositionOf(JsonPath::parse(QStringLiteral("spec.http[0].route[0].weight"))),
            (TextPosition { 15, 15 }));
        QCOMPARE(vs.positionOf(QStringLiteral("metadata.labels[app.kubernetes.io/name]")), (TextPosition { 10, 5 }));
        // Missing fields land on their nearest ancestor that is written.
        QCOMPARE(vs.positionOf(QStringLiteral("spec.http[0].timeout")), (TextPosition { 13, 3 }));
        QCOMPARE(vs.positionOf(QStringLiteral("spec.hosts")), (TextPosition { 11, 1 }));
        QCOMPARE(JsonPath::parse(QStringLiteral("spec.http[0].route[1].weight")).toString(),
            QStringLiteral("spec.http[0].route[1].weight"));
        QCOMPARE(JsonPath()
                     .key(QStringLiteral("metadata"))
                     .key(QStringLiteral("labels"))
                     .key(QStringLiteral("a.b/c"))
                     .toString(),
            QStringLiteral("metadata.labels[a.b/c]"));
    }

    void columnsCountCharacters()
    {
        const YamlDocument doc = parseYamlDocument(QStringLiteral("a: \"ünïcödé\"\nb: [\"ä\", x]\n"));
        QVERIFY(doc.ok());
        QCOMPARE(doc.positionOf(QStringLiteral("b[1]")), (TextPosition { 2, 10 }));
    }

    void scalarsReadAsKubectlReadsThem()
    {
        const YamlDocument doc = parseYamlDocument(QStringLiteral("t: yes\nf: off\nq: \"yes\"\ni: 0x1F\no: 017\n"
                                                                  "b: 1_000\nd: 1.5\ne: 1e3\ns: 10s\nnul: ~\nz:\n"
                                                                  "v: 1.2.3\nneg: -7\nbig: 9223372036854775807\n"
                                                                  "tag: !!str 80\nlit: |\n  two\n  lines\n"));
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("t")), QJsonValue(true));
        QCOMPARE(o.value(QStringLiteral("f")), QJsonValue(false));
        QCOMPARE(o.value(QStringLiteral("q")), QJsonValue(QStringLiteral("yes")));
        QCOMPARE(o.value(QStringLiteral("i")).toInteger(), 31);
        QCOMPARE(o.value(QStringLiteral("o")).toInteger(), 15);
        QCOMPARE(o.value(QStringLiteral("b")).toInteger(), 1000);
        QCOMPARE(o.value(QStringLiteral("d")).toDouble(), 1.5);
        QCOMPARE(o.value(QStringLiteral("e")).toDouble(), 1000.0);
        QCOMPARE(o.value(QStringLiteral("s")), QJsonValue(QStringLiteral("10s")));
        QVERIFY(o.value(QStringLiteral("nul")).isNull());
        QVERIFY(o.value(QStringLiteral("z")).isNull());
        QCOMPARE(o.value(QStringLiteral("v")), QJsonValue(QStringLiteral("1.2.3")));
        QCOMPARE(o.value(QStringLiteral("neg")).toInteger(), -7);
        QCOMPARE(o.value(QStringLiteral("big")).toInteger(), std::numeric_limits<qint64>::max());
        QCOMPARE(o.value(QStringLiteral("tag")), QJsonValue(QStringLiteral("80")));
        QCOMPARE(o.value(QStringLiteral("lit")), QJsonValue(QStringLiteral("two\nlines\n")));
    }

    void mergeKeys()
    {
        const YamlDocument doc
            = parseYamlDocument(QStringLiteral("base: &b {a: 1, b: 2}\nderived:\n  <<: *b\n  b: 3\n"));
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        QCOMPARE(doc.object().value(QStringLiteral("derived")).toObject(),
            (QJsonObject { { QStringLiteral("a"), 1 }, { QStringLiteral("b"), 3 } }));
    }

    void malformedDocumentsSayWhereAndTheRestStillParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("bad indentation") << QStringLiteral("a: 1\n b: 2\n") << 2 << QString();
        QTest::addRow("unclosed flow") << QStringLiteral("a: [1, 2\nb: 3\n") << 0 << QString();
        QTest::addRow("duplicate key") << QStringLiteral("spec:\n  host: a\n  host: b\n") << 3
                                       << QStringLiteral("already defined at line 4");
        QTest::addRow("list key") << QStringLiteral("? [a]\n: 1\n") << 1 << QStringLiteral("mapping key");
        QTest::addRow("infinity") << QStringLiteral("w: .inf\n") << 1 << QStringLiteral("JSON");
        QTest::addRow("tab indent") << QStringLiteral("a:\n\tb: 1\n") << 0 << QString();
        QTest::addRow("unknown alias") << QStringLiteral("a: *nope\n") << 1 << QString();
        QTest::addRow("alias bomb") << QStringLiteral(
            "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
            "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
            "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
            "g: [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\n")
                                    << 0 << QStringLiteral("aliases");
        QTest::addRow("deep nesting") << QString(QStringLiteral("[").repeated(500) + QStringLiteral("]").repeated(500)
            + QLatin1Char('\n')) << 1 << QStringLiteral("deeper");
    }

    void malformedDocumentsSayWhereAndTheRestStillParse()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        const QString all = QStringLiteral("kind: First\n---\n") + text + QStringLiteral("---\nkind: Last\n");
        const QList<YamlDocument> documents = parseYamlDocuments(all);
        QCOMPARE(documents.size(), 3);
        QVERIFY(documents.at(0).ok());
        QVERIFY(documents.at(2).ok());
        QCOMPARE(documents.at(2).object().value(QStringLiteral("kind")).toString(), QStringLiteral("Last"));
        const YamlDocument& bad = documents.at(1);
        QVERIFY(!bad.ok());
        QVERIFY(bad.errorPosition.isValid());
        QVERIFY(bad.errorPosition.line >= 2);
        if (line > 0)
            QCOMPARE(bad.errorPosition.line, line + 2);
        if (!fragment.isEmpty())
            QVERIFY2(bad.error.contains(fragment), qPrintable(bad.error));
    }

    void emptyDocumentsAreSkipped()
    {
        const auto documents
            = parseYamlDocuments(QStringLiteral("---\n# only a comment\n---\n\n---\nkind: A\n---\n...\n"));
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.first().firstLine, 5);
        QCOMPARE(yamlDocumentLineRanges(QStringLiteral("a: 1\n---\nb: 2\n")),
            (QList<std::pair<int, int>> { { 1, 1 }, { 2, 3 } }));
        QVERIFY(!parseYamlDocument(QString()).ok());
    }

    void writerQuotesWhatWouldReadBackDifferently()
    {
        const QJsonObject object { { QStringLiteral("port"), QStringLiteral("80") },
            { QStringLiteral("flag"), QStringLiteral("yes") }, { QStringLiteral("empty"), QString() },
            { QStringLiteral("time"), QStringLiteral("2024-01-02T03:04:05Z") },
            { QStringLiteral("plain"), QStringLiteral("reviews.default.svc.cluster.local") },
            { QStringLiteral("colon"), QStringLiteral("a: b") }, { QStringLiteral("n"), 80 },
            { QStringLiteral("half"), 0.5 }, { QStringLiteral("list"), QJsonArray { 1, QStringLiteral("x") } },
            { QStringLiteral("none"), QJsonArray() }, { QStringLiteral("obj"), QJsonObject() },
            { QStringLiteral("multi"), QStringLiteral("line one\nline two\n") },
            { QStringLiteral("multiNoEnd"), QStringLiteral("a\nb") } };
        const QString yaml = toYaml(object);
        QVERIFY(yaml.contains(QStringLiteral("port: \"80\"\n")));
        QVERIFY(yaml.contains(QStringLiteral("flag: \"yes\"\n")));
        QVERIFY(yaml.contains(QStringLiteral("empty: \"\"\n")));
        QVERIFY(yaml.contains(QStringLiteral("time: \"2024-01-02T03:04:05Z\"\n")));
        QVERIFY(yaml.contains(QStringLiteral("plain: reviews.default.svc.cluster.local\n")));
        QVERIFY(yaml.contains(QStringLiteral("list:\n- 1\n- x\n")));
        QVERIFY(yaml.contains(QStringLiteral("multi: |\n  line one\n  line two\n")));
        QVERIFY(yaml.contains(QStringLiteral("multiNoEnd: |-\n  a\n  b\n")));
        QVERIFY(yaml.contains(QStringLiteral("none: []\n")));
        const YamlDocument back = parseYamlDocument(yaml);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.object(), object);
    }

    void configSamplesRoundTrip_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(sharedDir() + QStringLiteral("/fixtures/istio/config-samples"));
        const QStringList files = dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 30, qPrintable(dir.path()));
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void configSamplesRoundTrip()
    {
        QFETCH(QString, path);
        const QList<YamlDocument> documents = parseYamlDocuments(readFile(path));
        QVERIFY(!documents.isEmpty());
        QList<QJsonObject> objects;
        for (const YamlDocument& document : documents) {
            QVERIFY2(document.ok(), qPrintable(document.error));
            QVERIFY(document.isObject());
            objects.append(document.object());
            // Every path of the document has a position inside the document's lines.
            QVERIFY(document.positionOf(QStringLiteral("spec")).line >= document.firstLine);
            QVERIFY(document.positionOf(QStringLiteral("spec")).line <= document.lastLine);
        }
        const QList<YamlDocument> again = parseYamlDocuments(toYamlDocuments(objects));
        QCOMPARE(again.size(), objects.size());
        for (qsizetype i = 0; i < objects.size(); ++i)
            QCOMPARE(again.at(i).object(), objects.at(i));
    }
};

QTEST_GUILESS_MAIN(TestConfigText)
#include "tst_configtext.moc"
