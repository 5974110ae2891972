#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <memory>

namespace meshscope {

// Runs work() on the global thread pool and then(result) on context's thread; then is dropped when context has
// been destroyed meanwhile. work must only use what it captured by value. Call it on context's thread.
template <typename Work, typename Then> void runInBackground(QObject* context, Work work, Then then)
{
    using Result = std::invoke_result_t<Work>;
    // The watcher is the context's child: destroyed with it, it never calls back. (QFuture::then(context, …)
    // would, in Qt 6.4, assert on a context destroyed while the work runs.)
    auto* watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, then = std::move(then)]() mutable {
        watcher->deleteLater();
        then(watcher->future().takeResult());
    });
    auto promise = std::make_shared<QPromise<Result>>();
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace meshscope
