#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <chrono>
#include <deque>
#include <optional>

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

// Where an upload stands, for its progress signal (api::Uploader, the
// single shot): the position never goes back (a resume sends bytes again),
// the first bytes and the end are reported at once, the rest at most every
// 100 ms, with the rate and time left of a TransferRate.
class UploadProgress final
{
public:
    struct Report
    {
        qint64 sent = 0;
        qint64 total = 0;
        double bytesPerSecond = 0.0;
        qint64 etaSeconds = -1;
    };

    // A new upload of `total` bytes, none sent.
    void start(qint64 total);
    // The rate starts over from `position` (after a pause, a resume).
    void restartRate(qint64 position) { m_rate.restart(position); }
    // The upload reached `position`: what to report now, if anything.
    std::optional<Report> advance(qint64 position);

    [[nodiscard]] qint64 sent() const { return m_sent; }

private:
    qint64 m_total = 0;
    qint64 m_sent = 0;
    TransferRate m_rate;
    QElapsedTimer m_sinceReport;
};

} // namespace iuc::api
