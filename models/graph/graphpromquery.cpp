#include "graphpromquery.h"

#include "models/kube/background.h"
#include "models/net/httpclient.h"

#include <QPointer>
#include <QUrlQuery>

namespace meshscope::graph {

namespace {

void post(HttpClient* http, const QUrl& prometheus, const char* api, const QList<std::pair<QString, QString>>& fields,
    std::chrono::milliseconds timeout, QObject* context, std::function<void(const PromResult&)> done)
{
    HttpRequest request;
    request.method = "POST";
    request.url = prometheus;
    QString path = request.url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    request.url.setPath(path + QLatin1String(api));
    request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/x-www-form-urlencoded"));
    request.timeout = timeout;
    QUrlQuery form;
    for (const auto& [name, value] : fields)
        form.addQueryItem(name, value);
    // QUrlQuery leaves '+' alone, which a form body would read as a space (Kiali's regexes use '+').
    request.body = form.query(QUrl::FullyEncoded).replace(QLatin1Char('+'), QStringLiteral("%2B")).toUtf8();
    http->send(request, context, [context, done = std::move(done)](const HttpResponse& response) {
        if (!response.gotResponse()) {
            done(PromResult::failure(QStringLiteral("transport"),
                response.timedOut ? QStringLiteral("Prometheus did not answer in time")
                                  : QStringLiteral("Prometheus unreachable: %1").arg(response.errorString)));
            return;
        }
        const QByteArray body = response.body;
        const int status = response.status;
        runInBackground(
            context, [body, status]() { return PromResult::parse(body, status); }, done);
    });
}

QString number(double value)
{
    return QString::number(value, 'f', 3);
}

} // namespace

InstantQuery httpInstantQuery(HttpClient* http, const QUrl& prometheus, std::chrono::milliseconds timeout)
{
    QPointer<HttpClient> client(http);
    return [client, prometheus, timeout](const QString& promql, double time, QObject* context,
               std::function<void(const PromResult&)> done, const QString&) {
        if (!client) {
            done(PromResult::failure(QStringLiteral("transport"), QStringLiteral("no HTTP client")));
            return;
        }
        QList<std::pair<QString, QString>> fields { { QStringLiteral("query"), promql } };
        if (time > 0)
            fields.append({ QStringLiteral("time"), number(time) });
        post(client, prometheus, "/api/v1/query", fields, timeout, context, std::move(done));
    };
}

RangeQuery httpRangeQuery(HttpClient* http, const QUrl& prometheus, std::chrono::milliseconds timeout)
{
    QPointer<HttpClient> client(http);
    return [client, prometheus, timeout](const QString& promql, double start, double end, double step, QObject* context,
               std::function<void(const PromResult&)> done, const QString&) {
        if (!client) {
            done(PromResult::failure(QStringLiteral("transport"), QStringLiteral("no HTTP client")));
            return;
        }
        post(client, prometheus, "/api/v1/query_range",
            { { QStringLiteral("query"), promql }, { QStringLiteral("start"), number(start) },
                { QStringLiteral("end"), number(end) }, { QStringLiteral("step"), number(step) } },
            timeout, context, std::move(done));
    };
}

} // namespace meshscope::graph
