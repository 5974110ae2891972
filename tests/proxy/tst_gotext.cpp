// The Go conventions istioctl's output depends on: tabwriter layout, sort.Slice order with ties, JSON string and
// float formatting, YAML scalar styles and key order, human durations.
#include "models/istio/jsontree.h"
#include "models/proxy/gotext.h"
#include "models/proxy/goyaml.h"
#include "models/proxy/protojson.h"

#include <QTest>

using namespace meshscope;

namespace {

std::string yamlOf(const char* json)
{
    const JsonParseResult parsed = parseJsonTree(QByteArray(json));
    if (!parsed.error.isEmpty())
        qFatal("bad test JSON: %s", json);
    return goyaml::jsonToYaml(parsed.root);
}

} // namespace

class TestGoText : public QObject
{
    Q_OBJECT
private slots:
    void tabwriterColumnsAndBlocks()
    {
        gotext::TabWriter writer(0, 8, 5);
        writer.write("NAME\tSTATUS\n");
        writer.write("a\tHEALTHY\n");
        writer.write("longer-name\tX\n");
        // A line without tabs ends the block: the next table is aligned on its own.
        writer.write("----\n");
        writer.write("x\ty\n");
        QCOMPARE(writer.flush(),
            std::string("NAME            STATUS\n"
                        "a               HEALTHY\n"
                        "longer-name     X\n"
                        "----\n"
                        "x     y\n"));
    }

    void tabwriterTrailingEmptyCellAndUnicode()
    {
        gotext::TabWriter writer(0, 8, 1);
        writer.write("äö\tb\t\n");
        writer.write("c\td\n");
        // The last cell of a line is not in a column; an empty cell before it still pads.
        QCOMPARE(writer.flush(), std::string("äö b \nc  d\n"));
    }

    // Go's sort.Slice is not stable: with 13 or more equal keys its first partition reorders them. (Longer runs
    // also depend on the xorshift behind breakPatterns, whose shifts changed in Go 1.22; the writers follow the
    // newer Go that istioctl is built with.)
    void sortSliceMatchesGo_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("11") << 11 << QList<int> { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1 };
        QTest::newRow("12") << 12 << QList<int> { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -1 };
        QTest::newRow("13") << 13 << QList<int> { 5, 0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, -1 };
    }
    void sortSliceMatchesGo()
    {
        QFETCH(int, length);
        QFETCH(QList<int>, expected);
        struct Note
        {
            int id;
            std::string content;
        };
        std::vector<Note> notes { { -1, "x" } };
        for (int i = 0; i < length - 1; ++i)
            notes.push_back({ i, "test" });
        gotext::sortSlice(notes, [](const Note& a, const Note& b) { return a.content < b.content; });
        QList<int> ids;
        for (const Note& note : notes)
            ids << note.id;
        QCOMPARE(ids, expected);
    }

    void sortSliceSortsLargeInputs()
    {
        std::vector<int> values;
        for (int i = 0; i < 5000; ++i)
            values.push_back((i * 7919) % 1013);
        gotext::sortSlice(values, [](int a, int b) { return a < b; });
        QVERIFY(std::is_sorted(values.begin(), values.end()));
    }

    void jsonStrings()
    {
        std::string out;
        gotext::appendJsonQuoted(&out, "a<b>&\"\\\n\t\x01\xE2\x80\xA8", true);
        QCOMPARE(out, std::string("\"a\\u003cb\\u003e\\u0026\\\"\\\\\\n\\t\\u0001\\u2028\""));
        out.clear();
        gotext::appendProtoJsonQuoted(&out, "a<b>\x01");
        QCOMPARE(out, std::string("\"a<b>\\u0001\""));
    }

    void floats()
    {
        QCOMPARE(gotext::jsonFloat(0.5), std::string("0.5"));
        QCOMPARE(gotext::jsonFloat(140), std::string("140"));
        QCOMPARE(gotext::jsonFloat(1e21), std::string("1e+21"));
        QCOMPARE(gotext::jsonFloat(1e-7), std::string("1e-7"));
        QCOMPARE(gotext::formatFloatG(1e6), std::string("1e+06"));
        QCOMPARE(gotext::formatFloatG(123456.5), std::string("123456.5"));
        QCOMPARE(gotext::formatFloatG(0.0001), std::string("0.0001"));
        QCOMPARE(gotext::formatFloatG(0.00001), std::string("1e-05"));
    }

    void humanDurations()
    {
        QCOMPARE(gotext::humanDuration(5000), QStringLiteral("5s"));
        QCOMPARE(gotext::humanDuration(119000), QStringLiteral("119s"));
        QCOMPARE(gotext::humanDuration(123000), QStringLiteral("2m3s"));
        QCOMPARE(gotext::humanDuration(3600000LL * 5 + 60000 * 7), QStringLiteral("5h7m"));
        QCOMPARE(gotext::humanDuration(3600000LL * 24 * 3 + 3600000LL * 2), QStringLiteral("3d2h"));
        QCOMPARE(gotext::humanDuration(-5000), QStringLiteral("<invalid>"));
    }

    void atoi()
    {
        bool ok = false;
        QCOMPARE(gotext::atoi(u"9080", &ok), 9080);
        QVERIFY(ok);
        QCOMPARE(gotext::atoi(u"+12"), 12);
        QCOMPARE(gotext::atoi(u"http.8080", &ok), 0);
        QVERIFY(!ok);
        QCOMPARE(gotext::atoi(u""), 0);
    }

    void yamlScalars()
    {
        QCOMPARE(yamlOf(R"({"a":"1.20","b":"2022-12-08T11:03:53.361Z","c":"2022-12-08T09:07:09Z/10","d":"yes",)"
                        R"("e":"","f":"@type","g":"x: y","h":"- x","i":"10:30","j":1.5,"k":140,"l":null,"m":true,)"
                        R"("n":"multi\nline\n","o":"tab\there","p":[],"q":{}})"),
            std::string("a: \"1.20\"\n"
                        "b: \"2022-12-08T11:03:53.361Z\"\n"
                        "c: 2022-12-08T09:07:09Z/10\n"
                        "d: \"yes\"\n"
                        "e: \"\"\n"
                        "f: '@type'\n"
                        "g: 'x: y'\n"
                        "h: '- x'\n"
                        "i: \"10:30\"\n"
                        "j: 1.5\n"
                        "k: 140\n"
                        "l: null\n"
                        "m: true\n"
                        "\"n\": |\n"
                        "  multi\n"
                        "  line\n"
                        "o: \"tab\\there\"\n"
                        "p: []\n"
                        "q: {}\n"));
    }

    void yamlKeysAndNesting()
    {
        QCOMPARE(yamlOf(R"({"b10":1,"b9":2,"@x":3,"a":[{"z":1,"y":[1,[2,3]]},"s"]})"),
            std::string("'@x': 3\n"
                        "a:\n"
                        "- \"y\":\n"
                        "  - 1\n"
                        "  - - 2\n"
                        "    - 3\n"
                        "  z: 1\n"
                        "- s\n"
                        "b9: 2\n"
                        "b10: 1\n"));
    }

    void yamlFoldsLongLines()
    {
        const std::string yaml = yamlOf(R"({"description":"APIVersion defines the versioned schema of this )"
                                        R"(representation of an object. Servers should convert recognized schemas"})");
        QCOMPARE(yaml,
            std::string("description: APIVersion defines the versioned schema of this representation of an\n"
                        "  object. Servers should convert recognized schemas\n"));
    }

    // jsonpb lays out google.protobuf.Struct one level deeper than other messages.
    void jsonpbStructLayout()
    {
        const JsonParseResult parsed
            = parseJsonTree(R"({"node":{"id":"x","metadata":{"B":"2","A":{"k":"v"}}},"empty":{}})");
        QCOMPARE(protojson::jsonpbIndent(parsed.root),
            std::string("{\n"
                        "    \"node\": {\n"
                        "        \"id\": \"x\",\n"
                        "        \"metadata\": {\n"
                        "                \"A\": {\n"
                        "                            \"k\": \"v\"\n"
                        "                        },\n"
                        "                \"B\": \"2\"\n"
                        "            }\n"
                        "    },\n"
                        "    \"empty\": {\n"
                        "\n"
                        "    }\n"
                        "}"));
    }
};

QTEST_GUILESS_MAIN(TestGoText)
#include "tst_gotext.moc"
