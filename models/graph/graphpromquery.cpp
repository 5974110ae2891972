#include "graphpromquery.h"

#include "models/prometheus/promclient.h"

#include <QPointer>

namespace meshscope::graph {

namespace {
PromResult noClient()
{
    return PromResult::failure(QStringLiteral("transport"), QStringLiteral("no Prometheus client"));
}
} // namespace

InstantQuery instantQuery(PromClient* client)
{
    QPointer<PromClient> guarded(client);
    return [guarded](const QString& promql, double time, QObject* context, std::function<void(const PromResult&)> done,
               const QString& supersedeKey) {
        if (!guarded) {
            done(noClient());
            return;
        }
        guarded->instant(promql, time, context, std::move(done), supersedeKey);
    };
}

RangeQuery rangeQuery(PromClient* client)
{
    QPointer<PromClient> guarded(client);
    return [guarded](const QString& promql, double start, double end, double step, QObject* context,
               std::function<void(const PromResult&)> done, const QString& supersedeKey) {
        if (!guarded) {
            done(noClient());
            return;
        }
        guarded->range(promql, start, end, step, context, std::move(done), supersedeKey);
    };
}

} // namespace meshscope::graph
