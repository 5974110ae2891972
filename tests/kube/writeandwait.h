#pragma once

#include "models/kube/kubewriter.h"

#include <QDeadlineTimer>
#include <QTest>
#include <functional>
#include <optional>

// Runs one KubeWriter call and waits for its result (at most 30 s, events delivered meanwhile). Tests only.
inline meshscope::KubeWriteResult writeAndWait(
    meshscope::KubeApi* api, const std::function<void(meshscope::KubeWriter&, meshscope::KubeWriter::Done)>& call)
{
    meshscope::KubeWriter writer(api);
    std::optional<meshscope::KubeWriteResult> result;
    call(writer, [&](const meshscope::KubeWriteResult& r) { result = r; });
    QDeadlineTimer deadline(30000);
    while (!result && !deadline.hasExpired())
        QTest::qWait(10);
    return result.value_or(meshscope::KubeWriteResult {});
}
