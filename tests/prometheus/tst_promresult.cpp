// PromResult::parse on Prometheus HTTP API bodies: every result type, special values, errors, warnings, and
// every truncation of a real-looking body (an error each time, never a crash).

#include "models/prometheus/promfastparse.h"
#include "models/prometheus/promresult.h"

#include <QRandomGenerator>
#include <QTest>
#include <cmath>

using meshscope::PromResult;

Q_DECLARE_METATYPE(PromResult::Kind)

namespace {

const QByteArray vectorBody = R"({"status":"success","data":{"resultType":"vector","result":[
 {"metric":{"__name__":"up","job":"prometheus","instance":"localhost:9090"},"value":[1700000000.123,"1"]},
 {"metric":{"job":"node"},"value":[1700000000.123,"NaN"]},
 {"metric":{},"value":[1700000000,"+Inf"]},
 {"metric":{"job":"x"},"value":[1700000000,"-Inf"]}]}})";

const QByteArray matrixBody = R"({"status":"success","data":{"resultType":"matrix","result":[
 {"metric":{"source_app":"productpage","destination_app":"reviews"},"values":[[1700000000,"0.5"],[1700000060,"1.25"],[1700000120,"NaN"]]},
 {"metric":{"source_app":"reviews","destination_app":"ratings"},"values":[[1700000000,"2e-3"]]}]},
 "warnings":["PromQL info: metric might not be a counter"]})";

const QByteArray badDataBody = "{\"status\":\"error\",\"errorType\":\"bad_data\","
                               "\"error\":\"invalid parameter \\\"query\\\": 1:1: parse error\"}";

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// Field by field, NaN equal to NaN: what the fast path reads must be exactly what the general parser reads.
QString difference(const PromResult& a, const PromResult& b)
{
    if (a.kind != b.kind || a.errorType != b.errorType || a.error != b.error || a.warnings != b.warnings
        || a.string != b.string || !sameNumber(a.scalar.value, b.scalar.value)
        || !sameNumber(a.scalar.timestamp, b.scalar.timestamp))
        return QStringLiteral("kind, error, warnings or scalar differ (%1 / %2)").arg(a.error, b.error);
    if (a.vector.size() != b.vector.size() || a.matrix.size() != b.matrix.size())
        return QStringLiteral("sizes differ");
    for (qsizetype i = 0; i < a.vector.size(); ++i) {
        if (a.vector[i].metric != b.vector[i].metric || !sameNumber(a.vector[i].value, b.vector[i].value)
            || !sameNumber(a.vector[i].timestamp, b.vector[i].timestamp))
            return QStringLiteral("sample %1 differs").arg(i);
    }
    for (qsizetype i = 0; i < a.matrix.size(); ++i) {
        if (a.matrix[i].metric != b.matrix[i].metric || a.matrix[i].points.size() != b.matrix[i].points.size())
            return QStringLiteral("series %1 differs").arg(i);
        for (qsizetype p = 0; p < a.matrix[i].points.size(); ++p) {
            if (!sameNumber(a.matrix[i].points[p].first, b.matrix[i].points[p].first)
                || !sameNumber(a.matrix[i].points[p].second, b.matrix[i].points[p].second))
                return QStringLiteral("series %1 point %2 differs").arg(i).arg(p);
        }
    }
    return {};
}

} // namespace

class TestPromResult : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<PromResult::Kind>("kind");
        QTest::addColumn<int>("count"); // vector samples or matrix series
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<int>("warnings");

        using K = PromResult::Kind;
        QTest::newRow("vector") << vectorBody << 200 << true << K::Vector << 4 << QString() << 0;
        QTest::newRow("empty vector") << QByteArray(
            R"({"status":"success","data":{"resultType":"vector","result":[]}})")
                                      << 200 << true << K::Vector << 0 << QString() << 0;
        QTest::newRow("matrix with warning") << matrixBody << 200 << true << K::Matrix << 2 << QString() << 1;
        QTest::newRow("scalar") << QByteArray(
            R"({"status":"success","data":{"resultType":"scalar","result":[1700000000,"2"]}})")
                                << 200 << true << K::Scalar << 0 << QString() << 0;
        QTest::newRow("string") << QByteArray(
            R"({"status":"success","data":{"resultType":"string","result":[1700000000,"hello"]}})")
                                << 200 << true << K::String << 0 << QString() << 0;
        QTest::newRow("bad_data 400") << QByteArray(
            R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected <op:*>"})")
                                      << 400 << false << K::None << 0 << QStringLiteral("bad_data") << 0;
        QTest::newRow("execution 422 with warning") << QByteArray(
            R"({"status":"error","errorType":"execution","error":"many-to-many matching not allowed","warnings":["w"]})")
                                                    << 422 << false << K::None << 0 << QStringLiteral("execution") << 1;
        QTest::newRow("timeout 503") << QByteArray(
            R"({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})")
                                     << 503 << false << K::None << 0 << QStringLiteral("timeout") << 0;
        QTest::newRow("error without type")
            << QByteArray(R"({"status":"error"})") << 500 << false << K::None << 0 << QStringLiteral("error") << 0;
        QTest::newRow("html 502") << QByteArray("<html><body>Bad Gateway</body></html>") << 502 << false << K::None << 0
                                  << QStringLiteral("http") << 0;
        QTest::newRow("empty body") << QByteArray() << 200 << false << K::None << 0 << QStringLiteral("parse") << 0;
        QTest::newRow("not an object") << QByteArray("[1,2]") << 200 << false << K::None << 0 << QStringLiteral("parse")
                                       << 0;
        QTest::newRow("no status") << QByteArray(R"({"data":{}})") << 200 << false << K::None << 0
                                   << QStringLiteral("parse") << 0;
        QTest::newRow("unknown type") << QByteArray(
            R"({"status":"success","data":{"resultType":"histogram","result":[]}})")
                                      << 200 << false << K::None << 0 << QStringLiteral("parse") << 0;
        QTest::newRow("value not a pair")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1]}]}})")
            << 200 << false << K::None << 0 << QStringLiteral("parse") << 0;
        QTest::newRow("value not a number") << QByteArray(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"abc"]}]}})")
                                            << 200 << false << K::None << 0 << QStringLiteral("parse") << 0;
        QTest::newRow("timestamp a string") << QByteArray(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[["1","2"]]}]}})")
                                            << 200 << false << K::None << 0 << QStringLiteral("parse") << 0;
        QTest::newRow("scalar malformed")
            << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":"2"}})") << 200 << false
            << K::None << 0 << QStringLiteral("parse") << 0;
        // A result of the wrong shape is an error, never an empty answer (an empty graph would look quiet).
        QTest::newRow("vector result an object")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":{}}})") << 200 << false
            << K::None << 0 << QStringLiteral("parse") << 0;
        QTest::newRow("vector result a string")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":"none"}})") << 200 << false
            << K::None << 0 << QStringLiteral("parse") << 0;
        QTest::newRow("matrix result missing") << QByteArray(R"({"status":"success","data":{"resultType":"matrix"}})")
                                               << 200 << false << K::None << 0 << QStringLiteral("parse") << 0;
        QTest::newRow("series not an object")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[5]}})") << 200 << false
            << K::None << 0 << QStringLiteral("parse") << 0;
        QTest::newRow("metric not an object") << QByteArray(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":[],"value":[1,"1"]}]}})")
                                              << 200 << false << K::None << 0 << QStringLiteral("parse") << 0;
        QTest::newRow("matrix values not a list")
            << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":{}}]}})")
            << 200 << false << K::None << 0 << QStringLiteral("parse") << 0;
        QTest::newRow("data not an object") << QByteArray(R"({"status":"success","data":[]})") << 200 << false
                                            << K::None << 0 << QStringLiteral("parse") << 0;
    }

    void wrongShapeMessagesAreClear()
    {
        QCOMPARE(PromResult::parse("[1,2]").error,
            QStringLiteral("Prometheus sent JSON that is not a response object (a JSON array)."));
        QVERIFY(!PromResult::parse("[1,2]").error.contains(QStringLiteral("no error occurred")));
        QCOMPARE(PromResult::parse(R"({"status":"success","data":{"resultType":"vector","result":{}}})").error,
            QStringLiteral("Prometheus sent a malformed vector result."));
    }

    void parse()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, httpStatus);
        QFETCH(bool, ok);
        QFETCH(PromResult::Kind, kind);
        QFETCH(int, count);
        QFETCH(QString, errorType);
        QFETCH(int, warnings);

        const PromResult result = PromResult::parse(body, httpStatus);
        QCOMPARE(result.ok(), ok);
        QCOMPARE(result.warnings.size(), warnings);
        if (!ok) {
            QCOMPARE(result.errorType, errorType);
            QVERIFY(!result.error.isEmpty());
            return;
        }
        QCOMPARE(result.kind, kind);
        if (kind == PromResult::Kind::Vector)
            QCOMPARE(result.vector.size(), count);
        if (kind == PromResult::Kind::Matrix)
            QCOMPARE(result.matrix.size(), count);
    }

    void values()
    {
        const PromResult vector = PromResult::parse(vectorBody);
        QVERIFY(vector.ok());
        QCOMPARE(vector.vector.size(), 4);
        QCOMPARE(vector.vector[0].metric.value(QStringLiteral("job")), QStringLiteral("prometheus"));
        QCOMPARE(vector.vector[0].metric.value(QStringLiteral("__name__")), QStringLiteral("up"));
        QCOMPARE(vector.vector[0].timestamp, 1700000000.123);
        QCOMPARE(vector.vector[0].value, 1.0);
        QVERIFY(std::isnan(vector.vector[1].value));
        QVERIFY(std::isinf(vector.vector[2].value) && vector.vector[2].value > 0);
        QVERIFY(std::isinf(vector.vector[3].value) && vector.vector[3].value < 0);
        QVERIFY(vector.vector[2].metric.isEmpty());

        const PromResult matrix = PromResult::parse(matrixBody);
        QVERIFY(matrix.ok());
        QCOMPARE(matrix.warnings, QStringList { QStringLiteral("PromQL info: metric might not be a counter") });
        QCOMPARE(matrix.matrix[0].metric.value(QStringLiteral("destination_app")), QStringLiteral("reviews"));
        QCOMPARE(matrix.matrix[0].points.size(), 3);
        QCOMPARE(matrix.matrix[0].points[1], std::make_pair(1700000060.0, 1.25));
        QVERIFY(std::isnan(matrix.matrix[0].points[2].second));
        QCOMPARE(matrix.matrix[1].points[0].second, 0.002);

        const PromResult scalar
            = PromResult::parse(R"({"status":"success","data":{"resultType":"scalar","result":[1700000000,"-Inf"]}})");
        QVERIFY(scalar.ok());
        QVERIFY(std::isinf(scalar.scalar.value) && scalar.scalar.value < 0);
        QCOMPARE(scalar.scalar.timestamp, 1700000000.0);

        const PromResult string
            = PromResult::parse(R"({"status":"success","data":{"resultType":"string","result":[1700000000,"hi"]}})");
        QCOMPARE(string.string, QStringLiteral("hi"));

        const PromResult error = PromResult::parse(badDataBody, 400);
        QCOMPARE(error.error, QStringLiteral("invalid parameter \"query\": 1:1: parse error"));
    }

    // Bodies the fast path reads: the result is the general parser's, field for field.
    void fastPathReadsWhatTheGeneralParserReads_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("vector") << vectorBody;
        QTest::newRow("matrix with warning") << matrixBody;
        QTest::newRow("escapes and UTF-8")
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":"
                          "{\"path\":\"/a\\\"b\\\\c\\/d\\n\\u00e9\\u4e2d\",\"team\":\"caf\xc3\xa9\"},"
                          "\"value\":[1,\"2\"]}]}}");
        QTest::newRow("labels out of order, repeated")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[)"
                          R"({"metric":{"z":"1","a":"2","m":"3","a":"4"},"value":[1,"2.5e3"]},)"
                          R"({"metric":{"a":"4","z":"1"},"value":[1,"-0.125"]}]}})");
        QTest::newRow("whitespace, result before its type, extra members")
            << QByteArray(" {\n \"data\" : { \"result\" : [ { \"value\" : [ 1.5 , \"3\" ] , \"metric\" : { } } ] ,\n"
                          " \"resultType\" : \"vector\", \"stats\": {\"timings\": {\"a\": [1, true, null, false]}} },\n"
                          " \"infos\": [\"x\"], \"status\" : \"success\" }\r\n");
        QTest::newRow("empty matrix series") << QByteArray(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"a":"b"},"values":[]}]}})");
        QTest::newRow("number as value") << QByteArray(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,-2E-2]}]}})");
    }

    void fastPathReadsWhatTheGeneralParserReads()
    {
        QFETCH(QByteArray, body);
        const auto fast = meshscope::detail::parseSuccessFast(body);
        QVERIFY(fast.has_value());
        const PromResult general = PromResult::parseGeneral(body);
        QVERIFY(general.ok());
        const QString diff = difference(*fast, general);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const auto simd = meshscope::detail::parseSuccessSimdjson(body);
        QVERIFY(simd.has_value());
        const QString simdDiff = difference(*simd, general);
        QVERIFY2(simdDiff.isEmpty(), qPrintable(simdDiff));
    }

    // Bodies the fast path leaves to the general parser, which gives the same answer as ever.
    void fastPathDeclines_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("error") << badDataBody;
        QTest::newRow("scalar") << QByteArray(
            R"({"status":"success","data":{"resultType":"scalar","result":[1700000000,"2"]}})");
        QTest::newRow("native histogram") << QByteArray(R"({"status":"success","data":{"resultType":"vector",)"
                                                        R"("result":[{"metric":{},"histogram":[1,{"count":"2"}]}]}})");
        QTest::newRow("label value not a string") << QByteArray(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":1},"value":[1,"2"]}]}})");
        QTest::newRow("leading zero") << QByteArray(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[01,"2"]}]}})");
        QTest::newRow("value with a plus") << QByteArray(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"+2"]}]}})");
        QTest::newRow("value out of range") << QByteArray(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"1e999"]}]}})");
        QTest::newRow("trailing garbage") << vectorBody + "x";
        QTest::newRow("surrogate pair") << QByteArray(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":"
            "{\"a\":\"\\ud83d\\ude00\"},\"value\":[1,\"2\"]}]}}");
        QTest::newRow("invalid UTF-8") << QByteArray(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\","
            "\"result\":[{\"metric\":{\"a\":\"\xff\"},\"value\":[1,\"2\"]}]}}");
        QTest::newRow("vector item without value")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{}}]}})");
        QTest::newRow("no status") << QByteArray(R"({"data":{"resultType":"vector","result":[]}})");
    }

    void fastPathDeclines()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!meshscope::detail::parseSuccessFast(body).has_value());
        const PromResult general = PromResult::parseGeneral(body);
        const QString diff = difference(PromResult::parse(body), general);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // simdjson declines these too, except what it reads right (characters beyond the BMP).
        if (const auto simd = meshscope::detail::parseSuccessSimdjson(body)) {
            QVERIFY2(general.ok(), QTest::currentDataTag());
            const QString simdDiff = difference(*simd, general);
            QVERIFY2(simdDiff.isEmpty(), qPrintable(simdDiff));
        }
    }

    // Every prefix of a valid body is either an error or (at the full length) the full result; none crashes.
    void truncatedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("vector") << vectorBody;
        QTest::newRow("matrix") << matrixBody;
        QTest::newRow("error") << QByteArray(R"({"status":"error","errorType":"bad_data","error":"parse error"})");
    }

    void truncatedBodies()
    {
        QFETCH(QByteArray, body);
        for (qsizetype cut = 0; cut < body.size(); ++cut) {
            const PromResult result = PromResult::parse(body.left(cut));
            QVERIFY2(!result.ok(), qPrintable(QStringLiteral("prefix of %1 bytes parsed as success").arg(cut)));
            QVERIFY(!result.error.isEmpty());
        }
        const PromResult whole = PromResult::parse(body);
        QCOMPARE(whole.ok(), !body.contains("\"error\""));
    }

    // Single-byte corruptions at every position: whatever comes out, nothing crashes and errors have messages.
    void corruptedBodies()
    {
        const QList<char> replacements { '"', '{', ']', ',', '\0', 'x', '9' };
        int errors = 0;
        for (const QByteArray& body : { vectorBody, matrixBody }) {
            for (qsizetype at = 0; at < body.size(); ++at) {
                for (char replacement : replacements) {
                    QByteArray corrupted = body;
                    corrupted[at] = replacement;
                    const PromResult result = PromResult::parse(corrupted);
                    const QString diff = difference(result, PromResult::parseGeneral(corrupted));
                    QVERIFY2(diff.isEmpty(), qPrintable(diff + QStringLiteral(": ") + QString::fromLatin1(corrupted)));
                    if (!result.ok()) {
                        QVERIFY(!result.error.isEmpty());
                        ++errors;
                    }
                }
            }
        }
        QVERIFY(errors > 0);
    }

    // Random insertions, deletions and replacements (fixed seed, so a failure reproduces), and pathological
    // shapes: deep nesting, huge numbers, wrong types everywhere.
    void randomMutations()
    {
        QRandomGenerator random(20261123);
        const QByteArray alphabet = "{}[]\":,0123456789.eE+-NaInf \\tnul";
        int parsed = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray body = round % 2 ? vectorBody : matrixBody;
            const int edits = 1 + int(random.bounded(4));
            for (int edit = 0; edit < edits && !body.isEmpty(); ++edit) {
                const qsizetype at = random.bounded(int(body.size()));
                const char byte = alphabet.at(random.bounded(int(alphabet.size())));
                switch (random.bounded(3)) {
                case 0:
                    body.insert(at, byte);
                    break;
                case 1:
                    body.remove(at, 1 + random.bounded(8));
                    break;
                default:
                    body[at] = byte;
                }
            }
            const PromResult result = PromResult::parse(body, 200);
            QVERIFY(result.ok() || !result.error.isEmpty());
            const PromResult general = PromResult::parseGeneral(body, 200);
            const QString diff = difference(result, general);
            QVERIFY2(diff.isEmpty(), qPrintable(diff + QStringLiteral(": ") + QString::fromLatin1(body)));
            if (const auto simd = meshscope::detail::parseSuccessSimdjson(body)) {
                const QString simdDiff = difference(*simd, general);
                QVERIFY2(simdDiff.isEmpty(), qPrintable(simdDiff + QStringLiteral(": ") + QString::fromLatin1(body)));
            }
            parsed += result.ok() ? 1 : 0;
        }
        qInfo("%d of 3000 mutated bodies still parsed", parsed);
    }

    void pathologicalBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("deep result nesting") << R"({"status":"success","data":{"resultType":"vector","result":)"
                + QByteArray(5000, '[') + QByteArray(5000, ']') + "}}";
        QTest::newRow("huge number") << QByteArray(
            R"({"status":"success","data":{"resultType":"scalar","result":[1e999999,"1e999999"]}})");
        QTest::newRow("data is a string") << QByteArray(R"({"status":"success","data":"vector"})");
        QTest::newRow("result an object")
            << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":{"a":1}}})");
        QTest::newRow("metric not an object") << QByteArray(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":7,"value":[1,"2"]}]}})");
        QTest::newRow("values not an array") << QByteArray(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":"x"}]}})");
        QTest::newRow("warnings not strings")
            << QByteArray(R"({"status":"error","errorType":7,"error":[1],"warnings":[{"a":1},null]})");
        QTest::newRow("NUL bytes") << QByteArray("{\"status\":\"succ\0ess\"}", 20);
        QTest::newRow("UTF-16") << QByteArray("\xff\xfe{\0}\0", 6);
    }

    void pathologicalBodies()
    {
        QFETCH(QByteArray, body);
        const PromResult result = PromResult::parse(body, 200);
        QVERIFY(result.ok() || !result.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPromResult)
#include "tst_promresult.moc"
