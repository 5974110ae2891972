#pragma once
// What the PromClient tests share: waiting for a query's answer, and canned Prometheus and API server bodies.

#include "models/prometheus/promclient.h"

#include <QElapsedTimer>
#include <QTest>
#include <functional>

namespace meshscope::testing {

// Calls start(done) and waits (a test may) until done ran; ok=false when it never did.
inline PromResult await(
    const std::function<void(QObject*, PromClient::Done)>& start, bool* ok = nullptr, int ms = 30000)
{
    PromResult result;
    bool done = false;
    QObject context;
    start(&context, [&](const PromResult& r) {
        result = r;
        done = true;
    });
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < ms)
        QTest::qWait(10);
    if (ok)
        *ok = done;
    return result;
}

inline const QByteArray emptyVector = R"({"status":"success","data":{"resultType":"vector","result":[]}})";

// The API server's answer when a Service has no ready endpoints.
inline const QByteArray serviceProxy503
    = R"({"kind":"Status","apiVersion":"v1","status":"Failure",)"
      "\"message\":\"no endpoints available for service \\\"prometheus\\\"\",\"code\":503}";

} // namespace meshscope::testing
