// editor [--lines N] [--open-lines M] [--keys K] [--runs R]: the resource editor's budgets.
//   validate-*: validating an N-line multi-document Istio file (parse, schema, CEL rules, webhook checks) on a
//               worker thread, as the editor does; cold (first, schemas compiled) and warm (median of R).
//   open-*:     opening an M-line YAML file in the editor window until it is painted.
//   typing-*:   K keystrokes into that file while validation runs in the background: the longest the UI thread
//               was busy (a 1 ms heartbeat timer measures the gaps).
#include "benchcase.h"
#include "models/config/appliedrecords.h"
#include "models/config/documentvalidation.h"
#include "models/config/editsession.h"
#include "ui/resourceeditordialog.h"
#include "views/editor/yamleditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <future>

namespace meshscope::bench {
namespace {

// Realistic Istio documents, cycled until the text has `lines` lines.
QString manifest(int lines)
{
    const QStringList documents = {
        QStringLiteral("apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: reviews-%1\n  "
                       "namespace: team-%2\n"
                       "spec:\n  hosts:\n  - reviews-%1\n  http:\n  - match:\n    - headers:\n        end-user:\n      "
                       "    exact: jason\n"
                       "      uri:\n        prefix: /api\n    route:\n    - destination:\n        host: reviews-%1\n   "
                       "     subset: v2\n"
                       "    timeout: 5s\n    retries:\n      attempts: 3\n      perTryTimeout: 2s\n  - route:\n    - "
                       "destination:\n"
                       "        host: reviews-%1\n        subset: v1\n      weight: 90\n    - destination:\n        "
                       "host: reviews-%1\n"
                       "        subset: v3\n      weight: 10\n"),
        QStringLiteral(
            "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: reviews-%1\n  namespace: "
            "team-%2\n"
            "spec:\n  host: reviews-%1\n  trafficPolicy:\n    loadBalancer:\n      simple: LEAST_REQUEST\n    "
            "connectionPool:\n"
            "      tcp:\n        maxConnections: 100\n      http:\n        http2MaxRequests: 1000\n    "
            "outlierDetection:\n"
            "      consecutive5xxErrors: 5\n      interval: 30s\n      baseEjectionTime: 1m\n  subsets:\n  - name: v1\n"
            "    labels:\n      version: v1\n  - name: v2\n    labels:\n      version: v2\n  - name: v3\n    labels:\n"
            "      version: v3\n"),
        QStringLiteral(
            "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: gateway-%1\n  namespace: "
            "team-%2\nspec:\n"
            "  selector:\n    istio: ingressgateway\n  servers:\n  - port:\n      number: 443\n      name: https-%1\n"
            "      protocol: HTTPS\n    tls:\n      mode: SIMPLE\n      credentialName: cert-%1\n    hosts:\n"
            "    - \"reviews-%1.example.com\"\n"),
        QStringLiteral(
            "apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: allow-%1\n  namespace: "
            "team-%2\n"
            "spec:\n  selector:\n    matchLabels:\n      app: reviews-%1\n  action: ALLOW\n  rules:\n  - from:\n    - "
            "source:\n"
            "        principals:\n        - cluster.local/ns/team-%2/sa/productpage\n    to:\n    - operation:\n"
            "        methods: [GET]\n        paths: [\"/reviews/*\"]\n"),
    };
    QString text;
    int count = 0;
    for (int i = 0; count < lines; ++i) {
        const QString document = QStringLiteral("---\n") + documents.at(i % documents.size()).arg(i).arg(i % 7);
        text += document;
        count += int(document.count(QLatin1Char('\n')));
    }
    return text;
}

double validateOnWorker(const QString& text, config::TextValidation* result)
{
    QElapsedTimer timer;
    timer.start();
    *result = std::async(std::launch::async, [&text] { return config::validateText(text); }).get();
    return double(timer.nsecsElapsed()) / 1e6;
}

int run(const QStringList& arguments)
{
    const int lines = intOption(arguments, QStringLiteral("--lines"), 1000);
    const int openLines = intOption(arguments, QStringLiteral("--open-lines"), 5000);
    const int keys = intOption(arguments, QStringLiteral("--keys"), 200);
    const int runs = intOption(arguments, QStringLiteral("--runs"), 20);

    // Validation.
    const QString text = manifest(lines);
    config::TextValidation result;
    const double cold = validateOnWorker(text, &result);
    QList<double> warm;
    for (int i = 0; i < runs; ++i)
        warm.append(validateOnWorker(text, &result));
    printValue(QStringLiteral("validate-lines"), double(text.count(QLatin1Char('\n'))), 0);
    printValue(QStringLiteral("validate-resources"), double(result.resourceCount), 0);
    printValue(QStringLiteral("validate-errors"), double(result.errorCount()), 0);
    printValue(QStringLiteral("validate-cold-ms"), cold, 1);
    printValue(QStringLiteral("validate-median-ms"), median(warm), 1);
    printValue(QStringLiteral("validate-max-ms"), *std::max_element(warm.begin(), warm.end()), 1);
    if (result.errorCount() != 0)
        return 1;

    // Opening a large file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(manifest(openLines).toUtf8());
    file.close();
    config::DraftStore drafts(dir.filePath(QStringLiteral("drafts")));
    config::AppliedRecords applied(dir.filePath(QStringLiteral("applied")));
    QElapsedTimer timer;
    timer.start();
    auto* session = new config::EditSession(&drafts, &applied);
    QString error;
    if (!session->openFile(path, &error))
        return 1;
    auto* dialog = new ResourceEditorDialog(session);
    dialog->show();
    dialog->repaint();
    QCoreApplication::processEvents();
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    printValue(QStringLiteral("open-lines"), double(dialog->editor()->lines()), 0);
    printValue(QStringLiteral("open-ms"), openMs, 1);
    timer.restart();
    while (session->isValidating() && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    printValue(QStringLiteral("open-validated-after-ms"), double(timer.elapsed()), 0);

    // Typing: a keystroke every 20 ms; the heartbeat notes the longest gap on the UI thread.
    YamlEditor* editor = dialog->editor();
    editor->setCursorPosition(openLines / 2, 0);
    QElapsedTimer heartbeat;
    heartbeat.start();
    qint64 last = 0;
    QList<double> gaps;
    QTimer beat;
    beat.setInterval(1);
    QObject::connect(&beat, &QTimer::timeout, [&] {
        const qint64 now = heartbeat.nsecsElapsed();
        gaps.append(double(now - last) / 1e6);
        last = now;
    });
    beat.start();
    last = heartbeat.nsecsElapsed();
    for (int i = 0; i < keys; ++i) {
        const QChar c = QLatin1Char("abcdefghij# \n"[i % 13]);
        QKeyEvent press(
            QEvent::KeyPress, c == QLatin1Char('\n') ? Qt::Key_Return : Qt::Key_A, Qt::NoModifier, QString(c));
        QKeyEvent release(
            QEvent::KeyRelease, c == QLatin1Char('\n') ? Qt::Key_Return : Qt::Key_A, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(editor, &press);
        QCoreApplication::sendEvent(editor, &release);
        QElapsedTimer pause;
        pause.start();
        while (pause.elapsed() < 20)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    timer.restart();
    while (session->isValidating() && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    beat.stop();
    std::sort(gaps.begin(), gaps.end());
    printValue(QStringLiteral("typing-keys"), double(keys), 0);
    printValue(QStringLiteral("typing-max-stall-ms"), gaps.isEmpty() ? 0 : gaps.last(), 1);
    printValue(QStringLiteral("typing-p99-stall-ms"),
        gaps.isEmpty() ? 0 : gaps.at(qsizetype(double(gaps.size() - 1) * 0.99)), 1);
    session->discard();
    delete dialog;
    return 0;
}

const BenchRegistration registration(
    { QStringLiteral("editor"), QStringLiteral("[--lines N] [--open-lines M] [--keys K] [--runs R]"), run });

} // namespace
} // namespace meshscope::bench
