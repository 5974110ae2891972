// Kubeconfig loading like kubectl, every way it can be wrong, and exec credential plugins run as real scripts.
#include "models/kube/execcredential.h"
#include "models/kube/kubeapi.h"
#include "models/kube/kubeconfig.h"

#include <QFile>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace meshscope;

namespace {

const QByteArray secretToken = "s3cr3t-t0ken-never-print";

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& text, bool executable = false)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    if (executable)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return path;
}

QByteArray config(const QByteArray& user, const QByteArray& cluster = "server: https://127.0.0.1:6443")
{
    return "apiVersion: v1\nkind: Config\ncurrent-context: c\ncontexts:\n- name: c\n  context: {cluster: k, user: u, "
           "namespace: team}\nclusters:\n- name: k\n  cluster:\n    "
        + cluster + "\nusers:\n- name: u\n  user:\n" + user + "\n";
}

// Collects everything a failing load could show the user.
QtMessageHandler previousHandler = nullptr;
QStringList capturedLog;
void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    capturedLog << message;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestKubeconfig : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { previousHandler = qInstallMessageHandler(captureMessages); }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        // No message printed during the whole test may contain the token.
        for (const QString& line : std::as_const(capturedLog))
            QVERIFY2(!line.contains(QString::fromLatin1(secretToken)), qPrintable(line));
    }

    void mergesLikeKubectl()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("a")));
        write(dir, QStringLiteral("a/ca.pem"), "CA-FROM-A");
        const QString a = write(dir, QStringLiteral("a/config"),
            "current-context: first\ncontexts:\n- name: first\n  context: {cluster: shared, user: u}\n"
            "clusters:\n- name: shared\n  cluster: {server: 'https://a.example:6443', certificate-authority: ca.pem}\n"
            "users:\n- name: u\n  user: {token: from-a}\n");
        const QString b = write(dir, QStringLiteral("b"),
            "current-context: second\ncontexts:\n- name: second\n  context: {cluster: shared, user: u, namespace: "
            "n2}\n- name: first\n  context: {cluster: other}\nclusters:\n- name: shared\n  cluster: {server: "
            "'https://b.example'}\nusers:\n- name: u\n  user: {token: from-b}\n");
        auto result = Kubeconfig::load({ a, dir.filePath(QStringLiteral("missing")), b });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.selection->context, QStringLiteral("first")); // first current-context wins
        QCOMPARE(result.selection->cluster.server, QUrl(QStringLiteral("https://a.example:6443")));
        QCOMPARE(result.selection->cluster.certificateAuthorityData, QByteArray("CA-FROM-A")); // relative to a/
        QCOMPARE(result.selection->user.token, QByteArray("from-a"));
        QCOMPARE(result.selection->defaultNamespace, QStringLiteral("default"));
        QCOMPARE(result.selection->files, (QStringList { a, b }));

        result = Kubeconfig::load({ a, b }, QStringLiteral("second"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.selection->defaultNamespace, QStringLiteral("n2"));
        QCOMPARE(result.selection->user.token, QByteArray("from-a")); // user "u" from the first file
    }

    void readsEveryCredentialKind()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("token"), secretToken + "\n");
        write(dir, QStringLiteral("cert.pem"), "CERT");
        write(dir, QStringLiteral("key.pem"), "KEY");
        auto load = [&](const QByteArray& user, const QByteArray& cluster = "server: https://127.0.0.1:6443") {
            return Kubeconfig::load({ write(dir, QStringLiteral("config"), config(user, cluster)) });
        };
        auto result = load("    tokenFile: token");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.selection->user.token, secretToken);
        QCOMPARE(result.selection->user.tokenFile, dir.filePath(QStringLiteral("token"))); // re-read when it changes
        QCOMPARE(result.selection->defaultNamespace, QStringLiteral("team"));
        result = load("    client-certificate: cert.pem\n    client-key-data: " + QByteArray("KEY").toBase64());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.selection->user.clientCertificateData, QByteArray("CERT"));
        QCOMPARE(result.selection->user.clientKeyData, QByteArray("KEY"));
        result = load("    username: admin\n    password: pw");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.selection->user.username, QStringLiteral("admin"));
        result = load("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: ./plugin.sh\n"
                      "      args: [get-token]\n      env: [{name: A, value: b}]\n      interactiveMode: Never");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.selection->user.exec->command, dir.filePath(QStringLiteral("plugin.sh")));
        QCOMPARE(result.selection->user.exec->args, QStringList { QStringLiteral("get-token") });
        result = load("    token: t",
            "server: https://10.0.0.1\n    insecure-skip-tls-verify: true\n    tls-server-name: api.internal\n"
            "    proxy-url: http://proxy.local:3128");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.selection->cluster.insecureSkipTlsVerify);
        QCOMPARE(result.selection->cluster.tlsServerName, QStringLiteral("api.internal"));
        QCOMPARE(result.selection->cluster.proxyUrl.port(), 3128);
    }

    // A proxy-url without a port uses its scheme's default, as Go's net/http does.
    void proxyUrlDefaultPorts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("port");
        QTest::newRow("http") << "http://proxy.local" << int(QNetworkProxy::HttpProxy) << 80;
        QTest::newRow("https") << "https://proxy.local" << int(QNetworkProxy::HttpProxy) << 443;
        QTest::newRow("socks5") << "socks5://proxy.local" << int(QNetworkProxy::Socks5Proxy) << 1080;
        QTest::newRow("socks5h") << "socks5h://proxy.local" << int(QNetworkProxy::Socks5Proxy) << 1080;
        QTest::newRow("explicit port") << "http://proxy.local:3128" << int(QNetworkProxy::HttpProxy) << 3128;
    }

    void proxyUrlDefaultPorts()
    {
        QFETCH(QString, url);
        QFETCH(int, type);
        QFETCH(int, port);
        const QNetworkProxy proxy = KubeApi::proxyFor(QUrl(url));
        QCOMPARE(int(proxy.type()), type);
        QCOMPARE(proxy.hostName(), QStringLiteral("proxy.local"));
        QCOMPARE(int(proxy.port()), port);
    }

    void clearErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("expected");
        const QByteArray ok = config("    token: " + secretToken);
        QTest::newRow("not yaml") << QByteArray("clusters: [ {name: x\n") << QString() << "not valid YAML";
        QTest::newRow("not a map") << QByteArray("- a\n- b\n") << QString()
                                   << "is a YAML map, but this file holds a list";
        QTest::newRow("no contexts") << QByteArray("kind: Config\n") << QString() << "has no contexts";
        QTest::newRow("unknown context") << ok << QStringLiteral("nope") << "\"nope\" does not exist";
        QTest::newRow("missing cluster") << QByteArray(
            "current-context: c\ncontexts:\n- name: c\n  context: {cluster: gone}\n")
                                         << QString() << "cluster \"gone\", which does not exist";
        QTest::newRow("missing user") << QByteArray(ok).replace("user: u,", "user: ghost,") << QString()
                                      << "user \"ghost\", which does not exist";
        QTest::newRow("no server") << config("    token: x", "insecure-skip-tls-verify: true") << QString()
                                   << "has no server URL";
        QTest::newRow("bad server") << config("    token: x", "server: '::not a url'") << QString()
                                    << "invalid server URL";
        QTest::newRow("unreadable CA") << config(
            "    token: x", "server: https://h\n    certificate-authority: nope.pem")
                                       << QString() << "cannot be read";
        QTest::newRow("bad base64") << config("    token: x", "server: https://h\n    certificate-authority-data: '!!'")
                                    << QString() << "not valid base64";
        QTest::newRow("cert without key")
            << config("    client-certificate-data: Q0VSVA==") << QString() << "without a key";
        QTest::newRow("token and basic") << config("    token: " + secretToken + "\n    username: a\n    password: b")
                                         << QString() << "both a token and a username";
        QTest::newRow("exec without command")
            << config("    exec: {apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never}") << QString()
            << "has no command";
        QTest::newRow("exec old api") << config("    exec: {apiVersion: client.authentication.k8s.io/v1alpha1, "
                                                "command: x}")
                                      << QString() << "only client.authentication.k8s.io/v1 and v1beta1";
        QTest::newRow("exec v1 needs interactiveMode")
            << config("    exec: {apiVersion: client.authentication.k8s.io/v1, command: x}") << QString()
            << "must set interactiveMode";
        QTest::newRow("auth-provider") << config("    auth-provider: {name: gcp}") << QString() << "auth-provider";
        QTest::newRow("insecure with CA") << config("    token: x",
            "server: https://h\n    insecure-skip-tls-verify: true\n    "
            "certificate-authority-data: Q0E=")
                                          << QString() << "insecure-skip-tls-verify together";
    }

    void clearErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, context);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const auto result = Kubeconfig::load({ write(dir, QStringLiteral("config"), text) }, context);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY(!result.error.contains(QString::fromLatin1(secretToken)));
        // Names are quoted once: 'of user "alice"', never 'of "user "alice""'.
        QVERIFY2(!result.error.contains(QStringLiteral("\"user \""))
                && !result.error.contains(QStringLiteral("\"cluster \"")),
            qPrintable(result.error));
    }

    void explicitMissingFileIsAnError()
    {
        const auto result = Kubeconfig::load({ QStringLiteral("/nonexistent/kubeconfig") }, {}, true);
        QVERIFY(result.error.contains(QStringLiteral("does not exist")));
        QVERIFY(Kubeconfig::load({ QStringLiteral("/nonexistent/kubeconfig") })
                    .error.contains(QStringLiteral("No kubeconfig file found")));
    }

    void truncatedKubeconfigsNeverCrash()
    {
        QTemporaryDir dir;
        const QByteArray full = config("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
                                       "      command: x\n      args: [a, b]\n      env:\n      - {name: A, value: B}",
            "server: https://h\n    certificate-authority-data: Q0E=\n    tls-server-name: n");
        for (int cut = 0; cut < full.size(); cut += 3) {
            const auto result = Kubeconfig::load({ write(dir, QStringLiteral("config"), full.left(cut)) });
            QVERIFY(result.ok() || !result.error.isEmpty());
        }
    }

    void parsesExecCredential_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        const QByteArray head = R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential",)";
        QTest::newRow("token") << head + R"("status":{"token":"abc"}})" << true;
        QTest::newRow("cert") << head + R"("status":{"clientCertificateData":"C","clientKeyData":"K"}})" << true;
        QTest::newRow("expiry") << head + R"("status":{"token":"a","expirationTimestamp":"2030-01-01T00:00:00Z"}})"
                                << true;
        QTest::newRow("bad expiry") << head + R"("status":{"token":"a","expirationTimestamp":"soon"}})" << false;
        QTest::newRow("nothing") << head + R"("status":{}})" << false;
        QTest::newRow("cert no key") << head + R"("status":{"clientCertificateData":"C"}})" << false;
        QTest::newRow("wrong kind") << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"X"})")
                                    << false;
        QTest::newRow("wrong version") << QByteArray(
            R"({"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential",)"
            R"("status":{"token":"a"}})")
                                       << false;
        QTest::newRow("not json") << QByteArray("token: abc") << false;
        QTest::newRow("truncated") << head.left(30) << false;
    }

    void parsesExecCredential()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        const ExecCredential credential = parseExecCredential(json, QStringLiteral("client.authentication.k8s.io/v1"));
        QCOMPARE(credential.ok(), ok);
        QVERIFY(!credential.error.contains(QStringLiteral("abc")));
    }

    void execPluginRunsAsynchronouslyAndCaches()
    {
        QTemporaryDir dir;
        // The plugin counts its runs and checks the environment kubectl gives it.
        const QString counter = dir.filePath(QStringLiteral("runs"));
        const QString plugin = write(dir, QStringLiteral("plugin.sh"),
            "#!/bin/sh\necho run >> '" + counter.toUtf8()
                + "'\n[ \"$MY_VAR\" = hello ] || { echo 'MY_VAR missing' >&2; exit 3; }\n"
                  "echo \"$KUBERNETES_EXEC_INFO\" | grep -q '\"interactive\":false' || exit 4\n"
                  "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                  "\"status\":{\"token\":\"%s\",\"expirationTimestamp\":\"2099-01-01T00:00:00Z\"}}' '"
                + secretToken + "'\n",
            true);
        KubeExecConfig exec;
        exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        exec.command = plugin;
        exec.interactiveMode = QStringLiteral("Never");
        exec.env = { { QStringLiteral("MY_VAR"), QStringLiteral("hello") } };
        ExecCredentialProvider provider(exec, {});
        std::optional<ExecCredential> first, second;
        provider.credential(this, [&](const ExecCredential& c) { first = c; });
        provider.credential(this, [&](const ExecCredential& c) { second = c; }); // shares the same run
        QVERIFY(!first); // asynchronous
        QTRY_VERIFY_WITH_TIMEOUT(first && second, 20000);
        QVERIFY2(first->ok(), qPrintable(first->error));
        QCOMPARE(first->token, secretToken);
        std::optional<ExecCredential> cached;
        provider.credential(this, [&](const ExecCredential& c) { cached = c; });
        QVERIFY(cached && cached->ok()); // from the cache, at once
        QFile runs(counter);
        QVERIFY(runs.open(QIODevice::ReadOnly));
        QCOMPARE(runs.readAll().count('\n'), 1);
        runs.close();
        provider.invalidate(); // what a 401 does
        std::optional<ExecCredential> again;
        provider.credential(this, [&](const ExecCredential& c) { again = c; });
        QTRY_VERIFY_WITH_TIMEOUT(again, 20000);
        QVERIFY(runs.open(QIODevice::ReadOnly));
        QCOMPARE(runs.readAll().count('\n'), 2);
    }

    void execPluginFailuresAreClear_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("command"); // empty: the script's path
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exit code") << QByteArray("#!/bin/sh\necho 'please log in' >&2\nexit 2\n") << QString()
                                   << QStringLiteral("Never") << "please log in";
        // The plugin is named and the reason given; the output itself (it may hold a secret) is never quoted.
        QTest::newRow("garbage") << QByteArray("#!/bin/sh\necho hello-secret\n") << QString() << QStringLiteral("Never")
                                 << "did not print an ExecCredential: its output is not JSON";
        QTest::newRow("nothing") << QByteArray("#!/bin/sh\nexit 0\n") << QString() << QStringLiteral("Never")
                                 << "printed nothing";
        QTest::newRow("array") << QByteArray("#!/bin/sh\necho '[1]'\n") << QString() << QStringLiteral("Never")
                               << "a JSON array, not an object";
        QTest::newRow("always") << QByteArray("#!/bin/sh\nexit 0\n") << QString() << QStringLiteral("Always")
                                << "needs an interactive terminal";
        QTest::newRow("missing file") << QByteArray() << QStringLiteral("does-not-exist/plugin")
                                      << QStringLiteral("IfAvailable")
                                      << "could not be started: the file does not exist";
        QTest::newRow("not in PATH") << QByteArray() << QStringLiteral("meshscope-no-such-credential-plugin")
                                     << QStringLiteral("Never") << "no executable of that name is in PATH";
        QTest::newRow("not executable") << QByteArray("#!/bin/sh\nexit 0\n") << QStringLiteral("not-executable")
                                        << QStringLiteral("Never") << "the file is not executable";
    }

    void execPluginFailuresAreClear()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, command);
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        KubeExecConfig exec;
        exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        if (command == QLatin1String("not-executable"))
            exec.command = write(dir, command, script, false);
        else if (command.contains(QLatin1Char('/')))
            exec.command = dir.filePath(command);
        else if (!command.isEmpty())
            exec.command = command;
        else
            exec.command = write(dir, QStringLiteral("p.sh"), script, true);
        exec.interactiveMode = mode;
        exec.installHint = QStringLiteral("install the plugin");
        ExecCredentialProvider provider(exec, {});
        std::optional<ExecCredential> result;
        provider.credential(this, [&](const ExecCredential& c) { result = c; });
        QTRY_VERIFY_WITH_TIMEOUT(result, 20000);
        QVERIFY(!result->ok());
        QVERIFY2(result->error.contains(expected), qPrintable(result->error));
        QVERIFY2(result->error.contains(QLatin1Char('"') + exec.command + QLatin1Char('"')), qPrintable(result->error));
        QVERIFY2(!result->error.contains(QStringLiteral("hello-secret")), qPrintable(result->error));
    }

    void apiBuildsUrlsUnderTheServerPath()
    {
        KubeconfigSelection selection;
        selection.cluster.server = QUrl(QStringLiteral("https://rancher.example/k8s/clusters/c-1/"));
        KubeApi api(selection);
        QCOMPARE(api.url(QStringLiteral("/api/v1/pods")).toString(),
            QStringLiteral("https://rancher.example/k8s/clusters/c-1/api/v1/pods"));
        selection.cluster.certificateAuthorityData = "not pem";
        KubeApi broken(selection);
        QVERIFY(broken.setupError().contains(QStringLiteral("not a PEM certificate")));
    }
};

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
