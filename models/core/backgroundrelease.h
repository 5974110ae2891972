#pragma once

#include <QThreadPool>
#include <memory>

namespace meshscope {

// Destroys value on the global thread pool instead of the calling thread: for large, implicitly shared structures
// (a proxy's config dump, 29,000 table rows) whose freeing would stall the UI thread for tens of milliseconds.
// Whatever else still shares parts of value keeps them; only the last reference frees, wherever it is dropped.
template <typename T> void releaseInBackground(T value)
{
    auto holder = std::make_shared<T>(std::move(value));
    QThreadPool::globalInstance()->start([holder = std::move(holder)]() mutable { holder.reset(); });
}

} // namespace meshscope
