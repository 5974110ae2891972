#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
#include <memory>

namespace meshscope {

// Runs work() on the global thread pool and then(result) on context's thread; then is dropped when context has
// been destroyed meanwhile. work must only use what it captured by value.
template <typename Work, typename Then> void runInBackground(QObject* context, Work work, Then then)
{
    using Result = std::invoke_result_t<Work>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    future.then(context, [then = std::move(then)](Result result) mutable { then(std::move(result)); });
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace meshscope
