#include "graphpagefetcher.h"

#include "models/graph/graphbuilder.h"
#include "models/graph/graphqueries.h"
#include "models/kube/background.h"
#include "models/net/httpclient.h"

#include <QDateTime>
#include <QUrlQuery>

namespace meshscope {

namespace {

struct Pending
{
    graph::GraphOptions options;
    QList<graph::GraphQuery> queries;
    QList<std::pair<int, QByteArray>> answers; // per query: HTTP status and body
    int outstanding = 0;
    QString transportError;
};

struct Built
{
    graph::Graph graph;
    QString error;
};

} // namespace

GraphPageFetcher::GraphPageFetcher(HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_http(http)
{ }

void GraphPageFetcher::fetch(const graph::GraphOptions& requested)
{
    const int generation = ++m_generation;
    auto pending = std::make_shared<Pending>();
    pending->options = requested;
    if (pending->options.queryTime <= 0)
        pending->options.queryTime = QDateTime::currentSecsSinceEpoch();
    pending->queries = graph::graphQueries(pending->options);
    pending->answers.resize(pending->queries.size());
    pending->outstanding = int(pending->queries.size());

    QUrl url = m_prometheus;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QStringLiteral("/api/v1/query"));
    for (int i = 0; i < pending->queries.size(); ++i) {
        HttpRequest request;
        request.method = "POST"; // Kiali's queries are long
        request.url = url;
        request.headers.append(
            std::pair { QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded") });
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("query"), pending->queries.at(i).promql);
        form.addQueryItem(QStringLiteral("time"), QString::number(pending->options.queryTime));
        // A literal '+' would read as a space in a form body.
        request.body = form.query(QUrl::FullyEncoded).replace(QLatin1Char('+'), QStringLiteral("%2B")).toUtf8();
        m_http->send(request, this, [this, generation, pending, i](const HttpResponse& response) {
            if (generation != m_generation)
                return; // a newer fetch is running
            if (!response.gotResponse() && pending->transportError.isEmpty())
                pending->transportError = response.errorString;
            pending->answers[i] = { response.status, response.body };
            if (--pending->outstanding > 0)
                return;
            if (!pending->transportError.isEmpty()) {
                emit failed(tr("Prometheus unreachable (%1)").arg(pending->transportError));
                return;
            }
            runInBackground(
                this,
                [pending]() {
                    Built built;
                    QList<graph::QueryResponse> responses;
                    for (int q = 0; q < pending->queries.size(); ++q) {
                        graph::QueryResponse r { pending->queries.at(q),
                            PromResult::parse(pending->answers.at(q).second, pending->answers.at(q).first) };
                        if (!r.result.ok() && built.error.isEmpty())
                            built.error = r.result.error;
                        responses.append(r);
                    }
                    built.graph = graph::buildGraph(pending->options, responses);
                    return built;
                },
                [this, generation](Built built) {
                    if (generation != m_generation)
                        return;
                    if (!built.error.isEmpty() && built.graph.nodes.isEmpty())
                        return emit failed(tr("Prometheus: %1").arg(built.error));
                    emit graphReady(std::make_shared<const graph::Graph>(std::move(built.graph)));
                });
        });
    }
}

} // namespace meshscope
