#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
#include <memory>
#include <optional>

namespace meshscope {

// Runs work() on the global thread pool and then(result) on context's thread, exactly once; then is dropped when
// context has been destroyed meanwhile (or the pool never ran work). work must only use what it captured by value.
// Call it on context's thread. then may spin a nested event loop (a modal dialog, a wait) and may delete context.
template <typename Work, typename Then> void runInBackground(QObject* context, Work work, Then then)
{
    using Result = std::invoke_result_t<Work>;
    // The result travels beside the future, not in it: QFuture::takeResult() resets the future's state, and the
    // worker's QPromise, released a moment later, then cancels and finishes it again, which emits finished() a
    // second time (with nothing left to take) whenever a nested event loop runs in the first then().
    auto result = std::make_shared<std::optional<Result>>();
    // The watcher is the context's child: destroyed with it, it never calls back. (QFuture::then(context, …)
    // would, in Qt 6.4, assert on a context destroyed while the work runs.)
    auto* watcher = new QFutureWatcher<void>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, watcher,
        [watcher, result, then = std::move(then)]() mutable {
            watcher->deleteLater();
            if (!result->has_value())
                return; // the pool dropped the work unrun
            Result value = std::move(**result);
            result->reset();
            then(std::move(value));
        },
        Qt::SingleShotConnection);
    auto promise = std::make_shared<QPromise<void>>();
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, result, work = std::move(work)]() mutable {
        promise->start();
        result->emplace(work());
        promise->finish();
    });
}

} // namespace meshscope
