#pragma once

// Runs a QCoro task to its end from plain test code, in a nested event loop.
// QCoro::waitFor() cannot: it needs a default-constructible result, and
// Result<T> has none on purpose. A task still running after the timeout is a
// hung component: fatal, as the task would later write into this stack frame.

#include <QEventLoop>
#include <QTimer>

#include <QCoro/QCoroTask>

#include <chrono>
#include <optional>

namespace iuc::test {

template <typename T>
QCoro::Task<> storeResult(QCoro::Task<T> task, std::optional<T> *out, QEventLoop *loop)
{
    auto result = co_await task;
    out->emplace(std::move(result));
    loop->quit();
}

template <typename T>
T awaitTask(QCoro::Task<T> &&task, std::chrono::milliseconds timeout, const char *what = "the task")
{
    std::optional<T> result;
    QEventLoop loop;
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    auto runner = storeResult(std::move(task), &result, &loop);
    if (!result)
        loop.exec();
    if (!result)
        qFatal("%s did not finish within %lld ms", what, static_cast<long long>(timeout.count()));
    return std::move(*result);
}

} // namespace iuc::test
