#include "proxystatuscommand.h"

#include "models/istio/istioclient.h"
#include "models/proxy/configcompare.h"
#include "models/proxy/gotext.h"
#include "models/proxy/proxystatuswriter.h"
#include "models/proxy/proxytarget.h"
#include "proxycommandsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QUrlQuery>
#include <memory>

namespace meshscope {
namespace {

struct ProxyStatusText
{
    Q_DECLARE_TR_FUNCTIONS(ProxyStatusCommand)
};

struct Request
{
    QString target;
    QString kubeconfig, context, ns, file;
    istioctl::StatusOptions options;
};

QString parse(const QStringList& arguments, Request* out, bool* help, QString* helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ProxyStatusText::tr(
        "The xDS sync status of every proxy istiod serves (all istiod revisions), like istioctl proxy-status.\n"
        "With a pod: istiod's configuration for it compared with its Envoy's."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("pod"), ProxyStatusText::tr("POD[.NAMESPACE]: compare one proxy."), QStringLiteral("[pod]"));
    parser.addOptions({
        { QStringLiteral("kubeconfig"), ProxyStatusText::tr("Kubeconfig file."), QStringLiteral("path") },
        { QStringLiteral("context"), ProxyStatusText::tr("Kubeconfig context."), QStringLiteral("name") },
        { { QStringLiteral("n"), QStringLiteral("namespace") },
            ProxyStatusText::tr("Only proxies of this namespace (and the pod's namespace)."),
            QStringLiteral("namespace") },
        { { QStringLiteral("o"), QStringLiteral("output") }, ProxyStatusText::tr("table, json or yaml."),
            QStringLiteral("format"), QStringLiteral("table") },
        { { QStringLiteral("v"), QStringLiteral("verbosity") },
            ProxyStatusText::tr("1: one column per xDS type (CDS ECDS EDS LDS RDS)."), QStringLiteral("level"),
            QStringLiteral("0") },
        { QStringLiteral("file"), ProxyStatusText::tr("With a pod: compare with this saved Envoy config dump."),
            QStringLiteral("file") },
    });
    if (!parser.parse(QStringList { QStringLiteral("meshscope proxy-status") } + arguments))
        return parser.errorText();
    *helpText = parser.helpText();
    if (parser.isSet(QStringLiteral("help"))) {
        *help = true;
        return {};
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return ProxyStatusText::tr("too many arguments: %1").arg(positional.mid(1).join(QLatin1Char(' ')));
    out->target = positional.value(0);
    out->kubeconfig = parser.value(QStringLiteral("kubeconfig"));
    out->context = parser.value(QStringLiteral("context"));
    out->ns = parser.value(QStringLiteral("namespace"));
    out->file = parser.value(QStringLiteral("file"));
    if (!out->file.isEmpty() && out->target.isEmpty())
        return ProxyStatusText::tr("--file needs a pod to compare with");
    out->options.format = parser.value(QStringLiteral("output"));
    if (out->options.format != QLatin1String("table") && out->options.format != QLatin1String("json")
        && out->options.format != QLatin1String("yaml"))
        return ProxyStatusText::tr("output format \"%1\" not supported (table, json or yaml)").arg(out->options.format);
    bool ok = false;
    out->options.verbosity = parser.value(QStringLiteral("verbosity")).toInt(&ok);
    if (!ok || out->options.verbosity < 0)
        return ProxyStatusText::tr("--verbosity must be 0 or 1");
    out->options.proxyNamespace = out->ns;
    return {};
}

int fail(const QString& message)
{
    QTextStream(stderr) << "meshscope proxy-status: " << message << '\n';
    return 1;
}

// Every istiod's syncz, merged; istiods that fail are reported unless all fail.
void collectStatus(IstioClient* istio, QObject* context,
    std::function<void(const QList<IstioClient::IstiodSyncz>&, const QString& error)> done)
{
    istio->findIstiods(context, [istio, context, done](const QList<IstiodInstance>& istiods, const QString& error) {
        QList<IstiodInstance> running;
        for (const IstiodInstance& istiod : istiods) {
            if (istiod.running)
                running << istiod;
        }
        if (running.isEmpty()) {
            done({}, error.isEmpty() ? ProxyStatusText::tr("no running istiod found (label app=istiod)") : error);
            return;
        }
        istio->synczEach(running, context, [done](const QList<IstioClient::IstiodSyncz>& answers) {
            QString firstError;
            int failures = 0;
            for (const IstioClient::IstiodSyncz& answer : answers) {
                if (!answer.result.error.isEmpty()) {
                    ++failures;
                    if (firstError.isEmpty())
                        firstError = answer.result.error;
                }
            }
            done(answers, failures == answers.size() ? firstError : QString());
        });
    });
}

} // namespace

int runProxyStatusCommand(const QStringList& arguments)
{
    Request request;
    bool help = false;
    QString helpText;
    const QString error = parse(arguments, &request, &help, &helpText);
    if (help) {
        QTextStream(stdout) << helpText;
        return 0;
    }
    if (!error.isEmpty()) {
        QTextStream(stderr) << "meshscope proxy-status: " << error << '\n';
        return 2;
    }
    QByteArray savedDump;
    if (!request.file.isEmpty()) {
        QFile file(request.file);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ProxyStatusText::tr("cannot read %1: %2").arg(request.file, file.errorString()));
        savedDump = file.readAll();
    }
    ProxyCommandCluster cluster(request.kubeconfig, request.context);
    if (!cluster.error().isEmpty())
        return fail(cluster.error());
    QObject context;
    int exitCode = 1;
    const auto finish = [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    };
    IstioClient* istio = cluster.istio();

    if (request.target.isEmpty()) {
        collectStatus(istio, &context, [&](const QList<IstioClient::IstiodSyncz>& answers, const QString& failure) {
            if (!failure.isEmpty()) {
                finish(fail(failure));
                return;
            }
            QList<istioctl::IstiodStatus> statuses;
            for (const IstioClient::IstiodSyncz& answer : answers) {
                if (!answer.result.error.isEmpty()) {
                    QTextStream(stderr) << "meshscope proxy-status: " << answer.result.error << '\n';
                    continue;
                }
                statuses << istioctl::istiodStatusFromSyncz(
                    answer.istiod.pod, answer.istiod.version, answer.istiod.revision, answer.result.proxies);
            }
            std::sort(statuses.begin(), statuses.end(),
                [](const auto& a, const auto& b) { return gotext::stringLess(a.id, b.id); });
            const istioctl::Output output
                = istioctl::proxyStatus(statuses, request.options, QDateTime::currentDateTimeUtc());
            writeStdout(output.text);
            finish(output.ok() ? 0 : fail(output.error));
        });
    } else {
        // Compare: the istiod that serves the proxy, its view of it, and Envoy's own.
        const ProxyReference reference
            = parseProxyReference(request.target, request.ns.isEmpty() ? cluster.defaultNamespace() : request.ns);
        resolveProxyPod(cluster.api(), reference, &context, [&](const ProxyPod& pod) {
            if (!pod.error.isEmpty()) {
                finish(fail(pod.error));
                return;
            }
            collectStatus(istio, &context, [&, pod](const QList<IstioClient::IstiodSyncz>& answers, const QString&) {
                const IstiodInstance* serving = nullptr;
                for (const IstioClient::IstiodSyncz& answer : answers) {
                    for (const ProxySyncStatus& proxy : answer.result.proxies) {
                        if (proxy.proxy == pod.proxyId())
                            serving = &answer.istiod;
                    }
                }
                if (!serving) {
                    finish(fail(ProxyStatusText::tr("no istiod serves proxy %1").arg(pod.proxyId())));
                    return;
                }
                QUrlQuery query;
                query.addQueryItem(QStringLiteral("proxyID"), pod.proxyId());
                const IstiodInstance istiod = *serving;
                istio->istiodDebug(istiod, QStringLiteral("debug/config_dump"), query, &context,
                    [&, pod](const QByteArray& istiodBody, const QString& istiodError) {
                        if (!istiodError.isEmpty()) {
                            finish(fail(istiodError));
                            return;
                        }
                        const auto compare = [&, istiodBody](const QByteArray& envoyBody) {
                            const EnvoyConfigDump istiodDump = parseEnvoyConfigDump(istiodBody);
                            const EnvoyConfigDump envoyDump = parseEnvoyConfigDump(envoyBody);
                            if (!istiodDump.error.isEmpty() || !envoyDump.error.isEmpty()) {
                                finish(fail(istiodDump.error.isEmpty() ? envoyDump.error : istiodDump.error));
                                return;
                            }
                            const ConfigCompareText result = compareConfigDumps(istiodDump, envoyDump);
                            writeStdout(result.text);
                            finish(result.error.isEmpty() ? 0 : fail(result.error));
                        };
                        if (!savedDump.isEmpty()) {
                            compare(savedDump);
                            return;
                        }
                        istio->envoyAdmin(pod.podNamespace, pod.pod, "GET", QStringLiteral("config_dump"), {}, &context,
                            [&, compare](const QByteArray& envoyBody, const QString& envoyError) {
                                if (!envoyError.isEmpty())
                                    finish(fail(ProxyStatusText::tr("could not contact sidecar: %1").arg(envoyError)));
                                else
                                    compare(envoyBody);
                            });
                    });
            });
        });
    }
    const int loop = QCoreApplication::exec();
    return loop != 0 ? loop : exitCode;
}

} // namespace meshscope
