// Validation against Istio's own validation pairs and config samples, and the webhook checks.
#include "models/config/documentvalidation.h"
#include "models/config/validation.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace meshscope::config;

namespace {
QString fixtures()
{
    return qEnvironmentVariable("MESHSCOPE_SHARED") + QStringLiteral("/fixtures/istio");
}

QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString describe(const QList<ValidationMessage>& messages)
{
    QStringList lines;
    for (const ValidationMessage& m : messages)
        lines.append((m.isError() ? QStringLiteral("E ") : QStringLiteral("W ")) + m.text());
    return lines.join(QStringLiteral("\n    "));
}

QList<ValidationMessage> errorsOf(const QList<ValidationMessage>& messages)
{
    QList<ValidationMessage> errors;
    for (const ValidationMessage& m : messages) {
        if (m.isError())
            errors.append(m);
    }
    return errors;
}

// The field an expected error text names: "spec.url in body …" → spec.url, "spec.hosts: Required value" →
// spec.hosts, "header in body …" → header (a tail of the full path); "" when it names none.
QString fieldOf(const QString& expected)
{
    static const QRegularExpression field(QStringLiteral("^([A-Za-z_][A-Za-z0-9_.\\[\\]]*)(: | in body )"));
    const auto match = field.match(expected);
    if (!match.hasMatch())
        return {};
    const QString name = match.captured(1);
    static const QStringList notFields { QStringLiteral("Unsupported"), QStringLiteral("Duplicate") };
    return notFields.contains(name) ? QString() : name;
}

bool namesField(const ValidationMessage& m, const QString& field)
{
    return m.field == field || m.field.endsWith(QLatin1Char('.') + field) || m.field.endsWith(QLatin1Char(']') + field)
        || m.text().contains(field + QStringLiteral(" in body")) || m.text().contains(field + QStringLiteral(": "));
}

struct Case
{
    QString file;
    int index = 0;
    QString expected;
    QJsonObject object;
};

QList<Case> cases(const QString& pattern)
{
    QList<Case> out;
    const QDir dir(fixtures() + QStringLiteral("/validation/crds"));
    for (const QString& name : dir.entryList({ pattern }, QDir::Files, QDir::Name)) {
        const QList<YamlDocument> documents = parseYamlDocuments(readFile(dir.filePath(name)));
        for (const YamlDocument& document : documents) {
            QJsonObject object = document.object();
            Case c;
            c.file = name;
            c.index = document.index;
            c.expected = object.take(QStringLiteral("_err")).toString();
            c.object = object;
            out.append(c);
        }
    }
    return out;
}
} // namespace

class TestConfigValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_valid = cases(QStringLiteral("*-valid.yaml"));
        m_invalid = cases(QStringLiteral("*-invalid.yaml"));
        QCOMPARE(m_valid.size(), 35);
        QCOMPARE(m_invalid.size(), 77);
    }

    void validDocumentsAreAccepted_data()
    {
        QTest::addColumn<int>("i");
        for (int i = 0; i < m_valid.size(); ++i)
            QTest::addRow("%s #%d %s", qPrintable(m_valid.at(i).file), m_valid.at(i).index,
                qPrintable(m_valid.at(i)
                               .object.value(QStringLiteral("metadata"))
                               .toObject()
                               .value(QStringLiteral("name"))
                               .toString()))
                << i;
    }

    void validDocumentsAreAccepted()
    {
        QFETCH(int, i);
        const Case& c = m_valid.at(i);
        QVERIFY(c.expected.isEmpty());
        const QList<ValidationMessage> messages = validateResource(c.object);
        QVERIFY2(errorsOf(messages).isEmpty(), qPrintable(describe(messages)));
        ++m_accepted;
    }

    void invalidDocumentsAreRejected_data()
    {
        QTest::addColumn<int>("i");
        for (int i = 0; i < m_invalid.size(); ++i)
            QTest::addRow("%s #%d %s", qPrintable(m_invalid.at(i).file), m_invalid.at(i).index,
                qPrintable(m_invalid.at(i)
                               .object.value(QStringLiteral("metadata"))
                               .toObject()
                               .value(QStringLiteral("name"))
                               .toString()))
                << i;
    }

    // Rejected, and where the expected text names a field, a message names that field; the expected text
    // itself is counted (and printed at the end) rather than required word for word.
    void invalidDocumentsAreRejected()
    {
        QFETCH(int, i);
        const Case& c = m_invalid.at(i);
        QVERIFY(!c.expected.isEmpty());
        const QList<ValidationMessage> errors = errorsOf(validateResource(c.object));
        QVERIFY2(!errors.isEmpty(), qPrintable(QStringLiteral("expected: ") + c.expected));
        ++m_rejected;
        const QString field = fieldOf(c.expected);
        if (!field.isEmpty()) {
            QVERIFY2(std::any_of(errors.begin(), errors.end(),
                         [&](const ValidationMessage& m) { return namesField(m, field); }),
                qPrintable(QStringLiteral("expected %1 (%2), got:\n    %3").arg(field, c.expected, describe(errors))));
            ++m_namedField;
        }
        if (std::any_of(errors.begin(), errors.end(),
                [&](const ValidationMessage& m) { return m.text().contains(c.expected); }))
            ++m_sameText;
        else
            qInfo().noquote() << "other wording:" << c.expected << "→" << describe(errors);
    }

    void configSamplesAreValid_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(fixtures() + QStringLiteral("/config-samples"));
        for (const QString& name : dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void configSamplesAreValid()
    {
        QFETCH(QString, path);
        const TextValidation result = validateText(readFile(path));
        QVERIFY(result.resourceCount > 0);
        QStringList lines;
        for (const DocumentMessage& m : result.messages)
            lines.append(m.format(QFileInfo(path).fileName()));
        QVERIFY2(result.errorCount() == 0, qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void messagesSitOnTheirLines()
    {
        const QString text = QStringLiteral("apiVersion: networking.istio.io/v1\n"
                                            "kind: DestinationRule\n"
                                            "metadata:\n"
                                            "  name: reviews\n"
                                            "  namespace: default\n"
                                            "spec:\n"
                                            "  host: reviews\n"
                                            "  trafficPolicy:\n"
                                            "    loadBalancer:\n"
                                            "      simple: ROUND_ROBBIN\n"
                                            "    connectionPool:\n"
                                            "      tcp:\n"
                                            "        maxConnections: many\n");
        TextValidation result = validateText(text);
        QCOMPARE(result.errorCount(), 2);
        result.messages.removeIf([](const DocumentMessage& m) { return !m.message.isError(); });
        QCOMPARE(result.messages.at(0).format(QStringLiteral("dr.yaml")),
            QStringLiteral("dr.yaml:10: DestinationRule default/reviews: spec.trafficPolicy.loadBalancer.simple: "
                           "Unsupported value: \"ROUND_ROBBIN\": supported values: \"UNSPECIFIED\", \"LEAST_CONN\", "
                           "\"RANDOM\", \"PASSTHROUGH\", \"ROUND_ROBIN\", \"LEAST_REQUEST\""));
        QCOMPARE(result.messages.at(1).position.line, 13);
        QCOMPARE(result.messages.at(1).message.field,
            QStringLiteral("spec.trafficPolicy.connectionPool.tcp.maxConnections"));
        QVERIFY(result.messages.at(1).message.text().contains(QStringLiteral("must be of type integer")));
    }

    void webhookChecks_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<bool>("isError");
        const QString vs
            = QStringLiteral("apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: r}\nspec:\n");
        QTest::addRow("weights to zero") << vs
                + QStringLiteral("  hosts: [r]\n  http:\n  - route:\n    - {destination: {host: a}, weight: 0}\n    - "
                                 "{destination: {host: b}, weight: 0}\n")
                                         << QStringLiteral("spec.http[0].route") << QStringLiteral("add up to 0")
                                         << true;
        QTest::addRow("weights not 100") << vs
                + QStringLiteral("  hosts: [r]\n  http:\n  - route:\n    - {destination: {host: a}, weight: 80}\n    - "
                                 "{destination: {host: b}, weight: 10}\n")
                                         << QStringLiteral("spec.http[0].route") << QStringLiteral("add up to 90")
                                         << false;
        QTest::addRow("negative weight") << vs
                + QStringLiteral("  hosts: [r]\n  http:\n  - route:\n    - {destination: {host: a}, weight: -5}\n    - "
                                 "{destination: {host: b}, weight: 105}\n")
                                         << QStringLiteral("spec.http[0].route[0].weight") << QStringLiteral("negative")
                                         << true;
        QTest::addRow("bad host") << vs
                + QStringLiteral("  hosts: [\"foo..bar\"]\n  http:\n  - route:\n    - destination: {host: a}\n")
                                  << QStringLiteral("spec.hosts[0]") << QStringLiteral("DNS") << true;
        QTest::addRow("wildcard inside") << vs
                + QStringLiteral("  hosts: [r]\n  http:\n  - route:\n    - destination: {host: \"a.*.com\"}\n")
                                         << QStringLiteral("spec.http[0].route[0].destination.host")
                                         << QStringLiteral("wildcard") << true;
        QTest::addRow("port range") << vs
                + QStringLiteral(
                    "  hosts: [r]\n  http:\n  - route:\n    - destination: {host: a, port: {number: 70000}}\n")
                                    << QStringLiteral("spec.http[0].route[0].destination.port.number")
                                    << QStringLiteral("65535") << true;
        QTest::addRow("timeout") << vs
                + QStringLiteral(
                    "  hosts: [r]\n  http:\n  - timeout: 10 seconds\n    route:\n    - destination: {host: a}\n")
                                 << QStringLiteral("spec.http[0].timeout") << QStringLiteral("duration") << true;
        QTest::addRow("no route") << vs + QStringLiteral("  hosts: [r]\n  http:\n  - match: [{uri: {prefix: /}}]\n")
                                  << QStringLiteral("spec.http[0].route") << QStringLiteral("route, redirect") << true;
        QTest::addRow("bad regex") << vs
                + QStringLiteral("  hosts: [r]\n  http:\n  - match: [{uri: {regex: \"a(\"}}]\n    route:\n    - "
                                 "destination: {host: a}\n")
                                   << QStringLiteral("spec.http[0].match[0].uri.regex")
                                   << QStringLiteral("regular expression") << true;
        QTest::addRow("one of") << vs
                + QStringLiteral("  hosts: [r]\n  http:\n  - match: [{uri: {prefix: /, exact: /a}}]\n    route:\n    - "
                                 "destination: {host: a}\n")
                                << QStringLiteral("spec.http[0].match[0].uri")
                                << QStringLiteral("only one of exact, prefix, regex") << true;
        QTest::addRow("unknown field") << vs + QStringLiteral("  hosts: [r]\n  htp: []\n") << QStringLiteral("spec.htp")
                                       << QStringLiteral("unknown field \"spec.htp\"") << false;
        QTest::addRow("duplicate subset")
            << QStringLiteral("apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: r}\nspec:\n "
                              " host: r\n  subsets:\n  - {name: v1, labels: {v: a}}\n  - {name: v1, labels: {v: b}}\n")
            << QStringLiteral("spec.subsets[1].name") << QStringLiteral("Duplicate value") << true;
        QTest::addRow("https without tls")
            << QStringLiteral("apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec:\n  "
                              "servers:\n  - port: {number: 443, name: https, protocol: HTTPS}\n    hosts: [\"*\"]\n")
            << QStringLiteral("spec.servers[0].tls") << QStringLiteral("TLS") << true;
        QTest::addRow("bad name") << QStringLiteral(
            "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: My_Gateway}\nspec: {}\n")
                                  << QStringLiteral("metadata.name") << QStringLiteral("RFC 1123") << true;
        QTest::addRow("bad label") << QStringLiteral(
            "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g, labels: {\"a b\": x}}\nspec: {}\n")
                                   << QStringLiteral("metadata.labels") << QStringLiteral("a b") << true;
        QTest::addRow("old version") << QStringLiteral(
            "apiVersion: networking.istio.io/v2\nkind: Gateway\nmetadata: {name: g}\nspec: {}\n")
                                     << QStringLiteral("apiVersion") << QStringLiteral("Unsupported value") << true;
        QTest::addRow("gateway api path")
            << QStringLiteral("apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: h}\nspec:\n "
                              " rules:\n  - matches:\n    - path: {type: PathPrefix, value: \"no-slash\"}\n")
            << QStringLiteral("spec.rules[0].matches[0].path") << QStringLiteral("absolute path") << true;
    }

    void webhookChecks()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, field);
        QFETCH(QString, fragment);
        QFETCH(bool, isError);
        const TextValidation result = validateText(yaml);
        QStringList lines;
        bool found = false;
        for (const DocumentMessage& m : result.messages) {
            lines.append(m.format(QStringLiteral("x")));
            if (m.message.field == field && m.message.text().contains(fragment) && m.message.isError() == isError)
                found = true;
        }
        QVERIFY2(found, qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void notAResource()
    {
        const TextValidation result = validateText(QStringLiteral("- a\n- b\n---\nkey: [unclosed\n"));
        QCOMPARE(result.errorCount(), 2);
        QVERIFY(result.messages.at(0)
                    .format(QStringLiteral("f"))
                    .startsWith(QStringLiteral("f:1: the document is not a mapping")));
        QVERIFY(result.messages.at(1).format(QStringLiteral("f")).startsWith(QStringLiteral("f:4: YAML: ")));
    }

    void cleanupTestCase()
    {
        qInfo().noquote() << QStringLiteral(
            "valid accepted: %1/35; invalid rejected: %2/77 (named field: %3, same text: %4)")
                                 .arg(m_accepted)
                                 .arg(m_rejected)
                                 .arg(m_namedField)
                                 .arg(m_sameText);
    }

private:
    QList<Case> m_valid;
    QList<Case> m_invalid;
    int m_accepted = 0;
    int m_rejected = 0;
    int m_namedField = 0;
    int m_sameText = 0;
};

QTEST_GUILESS_MAIN(TestConfigValidation)
#include "tst_configvalidation.moc"
