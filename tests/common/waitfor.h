#pragma once

// For tests on a running event loop (QtTest executables only).

#include <QElapsedTimer>
#include <QTest>

#include <functional>

namespace iuc::test {

// Spins the event loop until `done` holds or the safety-net timeout passes
// (never an assertion about speed); returns done().
inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 60'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    return done();
}

} // namespace iuc::test
