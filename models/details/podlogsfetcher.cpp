#include "podlogsfetcher.h"

#include "models/kube/kubeapi.h"
#include "models/kube/kubejson.h"

namespace meshscope::details {

namespace {

// Whole lines of buffer; the unfinished tail stays in it.
QList<QByteArray> takeLines(QByteArray& buffer)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype newline = buffer.indexOf('\n'); newline >= 0; newline = buffer.indexOf('\n', start)) {
        lines.append(buffer.mid(start, newline - start));
        start = newline + 1;
    }
    buffer.remove(0, start);
    return lines;
}

} // namespace

PodLogsFetcher::PodLogsFetcher(KubeApi* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{ }

void PodLogsFetcher::stop()
{
    m_jobs.cancel(QStringLiteral("logs"));
}

void PodLogsFetcher::start(const LogQuery& query)
{
    m_query = query;
    const JobTracker::Ticket ticket = m_jobs.start(QStringLiteral("logs"));
    if (!m_api)
        return;
    for (const QString& container : query.containers) {
        KubeRequest request;
        request.path = QStringLiteral("/api/v1/namespaces/%1/pods/%2/log").arg(query.namespace_, query.pod);
        request.query.addQueryItem(QStringLiteral("container"), container);
        request.query.addQueryItem(QStringLiteral("timestamps"), QStringLiteral("true"));
        if (query.tailLines >= 0)
            request.query.addQueryItem(QStringLiteral("tailLines"), QString::number(query.tailLines));
        if (query.sinceSeconds > 0)
            request.query.addQueryItem(QStringLiteral("sinceSeconds"), QString::number(query.sinceSeconds));
        const auto parse = [pod = query.pod, container](const QList<QByteArray>& raw) {
            QList<LogLine> lines;
            for (const QByteArray& line : raw) {
                if (!line.isEmpty())
                    lines.append(parseLogLine(line, pod, container));
            }
            return lines;
        };
        if (!query.follow) {
            const KubeCallHandle call = m_api->send(
                request, this, m_jobs.guard(ticket, [this, container, parse](const HttpResponse& response) {
                    if (!response.ok())
                        return emit failed(container, KubeApi::errorMessage(response));
                    QByteArray body = response.body + '\n';
                    emit linesArrived(parse(takeLines(body)));
                }));
            m_jobs.onCancel(ticket, [call] { call->cancel(); });
            continue;
        }
        request.query.addQueryItem(QStringLiteral("follow"), QStringLiteral("true"));
        request.timeout = std::chrono::minutes(30); // the longest silence of a quiet container
        auto buffer = std::make_shared<QByteArray>();
        const KubeCallHandle call = m_api->stream(
            request, this, [] {},
            m_jobs.guard(ticket,
                [this, buffer, parse](const QByteArray& data) {
                    buffer->append(data);
                    const QList<LogLine> lines = parse(takeLines(*buffer));
                    if (!lines.isEmpty())
                        emit linesArrived(lines);
                }),
            m_jobs.guard(ticket, [this, container](const HttpResponse& response) {
                if (!response.ok())
                    emit failed(container, KubeApi::errorMessage(response));
                else
                    emit ended(container);
            }));
        m_jobs.onCancel(ticket, [call] { call->cancel(); });
    }
}

} // namespace meshscope::details
