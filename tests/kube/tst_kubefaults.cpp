// KubeApi and exec plugins when the other side misbehaves: throttling with Retry-After is retried like client-go
// (bounded by count and by the request's time), every error names the server and context, bodies past the limit
// are cut off, a plugin that hangs is stopped with a message that names it and leaves no running process behind.
#include "models/kube/execcredential.h"
#include "models/kube/kubeapi.h"
#include "models/kube/kubeinformer.h"
#include "support/badhttpserver.h"
#include "support/testdata.h"
#include "support/waiting.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace meshscope;
using namespace meshscope::testing;

namespace {

const QByteArray podList = R"({"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"7"},"items":[]})";

KubeconfigSelection selectionFor(const BadHttpServer& server)
{
    KubeconfigSelection selection;
    selection.context = QStringLiteral("prod");
    selection.cluster.name = QStringLiteral("prod-cluster");
    selection.cluster.server = server.url();
    selection.user.token = "s3cr3t";
    return selection;
}

HttpResponse get(KubeApi& api, const QString& path, std::chrono::milliseconds timeout = std::chrono::seconds(30))
{
    KubeRequest request;
    request.path = path;
    request.timeout = timeout;
    QObject context;
    return waitForCallback<HttpResponse>([&](auto done) { api.send(request, &context, done); }, 60000)
        .value_or(HttpResponse {});
}

} // namespace

class TestKubeFaults : public QObject
{
    Q_OBJECT
private slots:
    void throttledRequestIsRetriedAfterRetryAfter()
    {
        BadHttpServer server;
        server.setDefault(BadReply::json(200, podList));
        server.enqueue(BadReply::retryAfter("1"));
        server.enqueue(BadReply::retryAfter("1"));
        KubeApi api(selectionFor(server));
        QElapsedTimer clock;
        clock.start();
        const HttpResponse response = get(api, QStringLiteral("/api/v1/pods"));
        QVERIFY2(response.ok(), qPrintable(KubeApi::errorMessage(response)));
        QCOMPARE(server.requestCount(), 3);
        QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed()))); // waited as asked, twice
    }

    void serverErrorWithRetryAfterIsRetriedToo()
    {
        BadHttpServer server;
        server.setDefault(BadReply::json(200, podList));
        server.enqueue(BadReply::retryAfter("0", 503, R"({"kind":"Status","message":"etcd leader changed"})"));
        KubeApi api(selectionFor(server));
        QVERIFY(get(api, QStringLiteral("/api/v1/pods")).ok());
        QCOMPARE(server.requestCount(), 2);
        // Unavailable to the end: said with the retries.
        server.clearRequests();
        server.setDefault(BadReply::retryAfter("0", 503, R"({"kind":"Status","message":"etcd leader changed"})"));
        const QString message = KubeApi::errorMessage(get(api, QStringLiteral("/api/v1/pods")));
        QVERIFY2(message.startsWith(QStringLiteral("The API server was unavailable (HTTP 503) and still was after 10 "
                                                   "retries over ")),
            qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral(": etcd leader changed (http://")), qPrintable(message));
        server.setDefault(BadReply::json(200, podList));
        // A 500 without Retry-After is an answer, not a request to come back.
        server.clearRequests();
        server.enqueue(BadReply::json(500, R"({"kind":"Status","message":"boom"})"));
        QCOMPARE(get(api, QStringLiteral("/api/v1/pods")).status, 500);
        QCOMPARE(server.requestCount(), 1);
    }

    void retriesAreBoundedByCountAndTime()
    {
        BadHttpServer server;
        server.setDefault(BadReply::retryAfter("0"));
        KubeApi api(selectionFor(server));
        HttpResponse response = get(api, QStringLiteral("/api/v1/pods"));
        QCOMPARE(response.status, 429);
        QCOMPARE(server.requestCount(), 11); // the request and client-go's 10 retries
        // Rate limited to the end: the message says so, how long it kept trying, and who answered.
        const QString message = KubeApi::errorMessage(response);
        const QRegularExpression throttled(QStringLiteral(
            R"(^The API server rate limited the request \(HTTP 429\) and still did after 10 retries over \d+\.\d s: )"
            R"(Too many requests, please try again later\. \(http://127\.0\.0\.1:\d+/, context prod\)$)"));
        QVERIFY2(throttled.match(message).hasMatch(), qPrintable(message));

        // A wait longer than the request has left is not waited out: the 429 comes back at once.
        server.clearRequests();
        server.setDefault(BadReply::retryAfter("120"));
        QElapsedTimer clock;
        clock.start();
        response = get(api, QStringLiteral("/api/v1/pods"), std::chrono::seconds(5));
        QCOMPARE(response.status, 429);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(clock.elapsed() < 4000);
        QVERIFY2(KubeApi::errorMessage(response).startsWith(
                     QStringLiteral("The API server rate limited the request (HTTP 429): Too many requests")),
            qPrintable(KubeApi::errorMessage(response)));
    }

    void errorsNameServerAndContext_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("401") << 401 << "Unauthorized";
        QTest::newRow("403") << 403 << "Forbidden";
        QTest::newRow("500") << 500 << "HTTP status 500";
        QTest::newRow("refused") << 0 << "refused";
    }

    void errorsNameServerAndContext()
    {
        QFETCH(int, status);
        QFETCH(QString, expected);
        BadHttpServer server;
        server.setDefault(BadReply::text(status, "nope"));
        KubeconfigSelection selection = selectionFor(server);
        if (status == 0) // nothing listens there
            selection.cluster.server = QUrl(QStringLiteral("http://127.0.0.1:1"));
        KubeApi api(selection);
        const QString message = KubeApi::errorMessage(get(api, QStringLiteral("/api/v1/pods")));
        QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("(%1, context prod)")
                                      .arg(selection.cluster.server.toDisplayString(QUrl::RemoveUserInfo))),
            qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("s3cr3t")));
    }

    void bodyPastTheLimitIsAnError()
    {
        BadHttpServer server;
        server.setDefault(BadReply::endless(R"({"kind":"PodList","items":[)", R"({"metadata":{"name":"p"}},)"));
        KubeApi api(selectionFor(server));
        api.setMaxBodyBytes(2 * 1024 * 1024);
        const HttpResponse response = get(api, QStringLiteral("/api/v1/pods"));
        QVERIFY(response.tooLarge);
        const QString message = KubeApi::errorMessage(response);
        QVERIFY2(
            message.contains(QStringLiteral("larger than 2 MB")) && message.contains(QStringLiteral("context prod")),
            qPrintable(message));
    }

    void forbiddenListIsAPermanentInformerError()
    {
        BadHttpServer server;
        server.setDefault(BadReply::json(403, R"({"kind":"Status","message":"pods is forbidden","code":403})"));
        KubeApi api(selectionFor(server));
        KubeInformer informer(
            &api, { QString(), QStringLiteral("v1"), QStringLiteral("pods"), QStringLiteral("Pod"), true });
        informer.start();
        QTRY_VERIFY_WITH_TIMEOUT(!informer.lastError().isEmpty(), 10000);
        QVERIFY(informer.lastErrorIsPermanent());
        QVERIFY2(informer.lastError().contains(QStringLiteral("pods is forbidden")), qPrintable(informer.lastError()));
        informer.stop();
    }

    void hangingPluginIsStoppedAndNamed()
    {
        QTemporaryDir dir;
        const QString plugin = dir.filePath(QStringLiteral("hanging-plugin"));
        QVERIFY(writeFile(plugin, "#!/bin/sh\nexec sleep 60\n", QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        KubeExecConfig exec;
        exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        exec.command = plugin;
        exec.interactiveMode = QStringLiteral("Never");
        ExecCredentialProvider provider(exec, {});
        provider.setTimeout(1000);
        QElapsedTimer clock;
        clock.start();
        QObject context;
        const auto credential
            = waitForCallback<ExecCredential>([&](auto done) { provider.credential(&context, done); }, 10000);
        QVERIFY(credential);
        QVERIFY2(credential->error.contains(
                     QStringLiteral("The credential plugin \"%1\" has not answered after 1 s").arg(plugin)),
            qPrintable(credential->error));
        QVERIFY(clock.elapsed() < 5000);
    }

    void pluginStillRunningAtExitLeavesNoWarning()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("QProcess: Destroyed while process")));
        QTemporaryDir dir;
        const QString plugin = dir.filePath(QStringLiteral("slow-plugin"));
        QVERIFY(writeFile(plugin, "#!/bin/sh\nexec sleep 60\n", QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        KubeExecConfig exec;
        exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        exec.command = plugin;
        exec.interactiveMode = QStringLiteral("Never");
        auto provider = std::make_unique<ExecCredentialProvider>(exec, KubeClusterConfig {});
        bool running = false;
        connect(provider.get(), &ExecCredentialProvider::running, this, [&](bool r) { running = r; });
        provider->credential(this, [](const ExecCredential&) {});
        QVERIFY(running);
        provider.reset(); // the window closes while the plugin still runs
    }
};

QTEST_GUILESS_MAIN(TestKubeFaults)
#include "tst_kubefaults.moc"
