#include "envoylogging.h"

#include "models/istio/istioclient.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>
#include <memory>

namespace meshscope {
namespace {

struct EnvoyLoggingText
{
    Q_DECLARE_TR_FUNCTIONS(EnvoyLogging)
};

const QString allLoggers = QStringLiteral("level");

QString canonicalLevel(const QString& level)
{
    return level == QLatin1String("warn") ? QStringLiteral("warning") : level;
}

} // namespace

QList<EnvoyLogger> parseEnvoyLogging(const QByteArray& text)
{
    QList<EnvoyLogger> loggers;
    for (const QByteArray& rawLine : text.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.endsWith(QLatin1Char(':')))
            continue; // "active loggers:"
        const qsizetype colon = line.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        loggers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    return loggers;
}

const QStringList& envoyLogLevels()
{
    static const QStringList levels { QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
        QStringLiteral("warning"), QStringLiteral("error"), QStringLiteral("critical"), QStringLiteral("off") };
    return levels;
}

QList<LoggingChange> parseLoggingLevels(const QString& spec, QString* error)
{
    QList<LoggingChange> global, specific;
    for (const QString& item : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.contains(QLatin1Char(':')) && !item.contains(QLatin1Char('='))) {
            const QString level = canonicalLevel(item);
            if (!envoyLogLevels().contains(level)) {
                *error = EnvoyLoggingText::tr("unrecognized logging level: %1").arg(item);
                return {};
            }
            global = { { allLoggers, level } };
            continue;
        }
        const QString loggerAndLevel = item.split(QStringLiteral("::")).constLast();
        const QStringList parts = loggerAndLevel.split(QRegularExpression(QStringLiteral("[:=]")));
        const QString level = canonicalLevel(parts.value(1));
        if (!envoyLogLevels().contains(level)) {
            *error = EnvoyLoggingText::tr("unrecognized logging level: %1").arg(parts.value(1));
            return {};
        }
        specific.append({ parts.value(0), level });
    }
    return global + specific;
}

void runEnvoyLogging(IstioClient* istio, const ProxyPod& pod, const QString& levelSpec, bool reset, int adminPort,
    QObject* context, std::function<void(const EnvoyLoggingResult&)> done)
{
    QString error;
    QList<LoggingChange> changes = reset ? QList<LoggingChange> { { allLoggers, QStringLiteral("warning") } }
                                         : parseLoggingLevels(levelSpec, &error);
    if (!error.isEmpty()) {
        done({ {}, {}, error });
        return;
    }
    // Envoy answers every POST /logging with the levels it now has; the first one (no change) names the loggers.
    const QString path = QStringLiteral("logging");
    istio->envoyAdmin(
        pod.podNamespace, pod.pod, "POST", path, {}, context,
        [istio, pod, changes, adminPort, context, done, path](const QByteArray& body, const QString& failure) {
            if (!failure.isEmpty()) {
                done({ {}, {}, failure });
                return;
            }
            const QString current = QString::fromUtf8(body);
            for (const LoggingChange& change : changes) {
                if (change.logger != allLoggers && !current.contains(change.logger)) {
                    done({ {}, {}, EnvoyLoggingText::tr("unrecognized logger name: %1").arg(change.logger) });
                    return;
                }
            }
            if (changes.isEmpty()) {
                done({ current, parseEnvoyLogging(body), {} });
                return;
            }
            // Apply the changes one after another (a request each, as Envoy takes one logger per request).
            auto next = std::make_shared<std::function<void(int)>>();
            *next = [istio, pod, changes, adminPort, context, done, path, next](int i) {
                QUrlQuery query;
                query.addQueryItem(changes.at(i).logger, changes.at(i).level);
                istio->envoyAdmin(
                    pod.podNamespace, pod.pod, "POST", path, query, context,
                    [changes, done, next, i](const QByteArray& answer, const QString& failed) {
                        if (!failed.isEmpty()) {
                            done({ {}, {}, failed });
                            *next = nullptr;
                            return;
                        }
                        if (i + 1 < changes.size()) {
                            (*next)(i + 1);
                            return;
                        }
                        done({ QString::fromUtf8(answer), parseEnvoyLogging(answer), {} });
                        *next = nullptr; // break the cycle
                    },
                    adminPort);
            };
            (*next)(0);
        },
        adminPort);
}

} // namespace meshscope
