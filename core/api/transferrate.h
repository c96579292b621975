#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <chrono>
#include <deque>

namespace iuc::api {

// Bytes per second over a sliding window of the last few seconds, and the
// time left at that rate: steady enough to read, quick to follow a change
// (a resume, a slower link). Time comes from a monotonic timer.
class TransferRate final
{
public:
    explicit TransferRate(std::chrono::milliseconds window = std::chrono::seconds(3));

    // Starts over at `bytes` (the transfer's position now).
    void restart(qint64 bytes);
    // The position now; samples closer together than 50 ms are merged.
    void add(qint64 bytes);
    [[nodiscard]] double bytesPerSecond() const;
    // Seconds until `total` at the current rate; -1 while unknown.
    [[nodiscard]] qint64 etaSeconds(qint64 total) const;

private:
    struct Sample
    {
        qint64 ms;
        qint64 bytes;
    };
    QElapsedTimer m_clock;
    std::chrono::milliseconds m_window;
    std::deque<Sample> m_samples;
};

} // namespace iuc::api
