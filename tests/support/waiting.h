#pragma once

// Bounded waits that keep the event loop running (never a fixed sleep: they return as soon as they can).

#include <QDeadlineTimer>
#include <QTest>
#include <functional>
#include <optional>

namespace meshscope::testing {

// True as soon as condition() holds; false after timeoutMs.
inline bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
    return true;
}

// Starts an asynchronous call and waits for its callback: the value it was called with, or nullopt on timeout.
//   const auto result = waitForCallback<KubeWriteResult>([&](auto done) { writer.apply(object, {}, done); });
template <typename T>
std::optional<T> waitForCallback(const std::function<void(std::function<void(const T&)>)>& start, int timeoutMs = 30000)
{
    auto result = std::make_shared<std::optional<T>>();
    start([result](const T& value) { *result = value; });
    waitUntil([&] { return result->has_value(); }, timeoutMs);
    return *result;
}

} // namespace meshscope::testing
