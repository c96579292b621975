#include "core/api/transferrate.h"

#include <algorithm>
#include <cmath>

namespace iuc::api {

TransferRate::TransferRate(std::chrono::milliseconds window)
    : m_window(window)
{
    m_clock.start();
}

void TransferRate::restart(qint64 bytes)
{
    m_samples.clear();
    m_clock.restart();
    m_samples.push_back({0, bytes});
}

void TransferRate::add(qint64 bytes)
{
    const qint64 now = m_clock.elapsed();
    if (!m_samples.empty() && now - m_samples.back().ms < 50) {
        m_samples.back().bytes = bytes;
    } else {
        m_samples.push_back({now, bytes});
    }
    // Keep one sample older than the window, so the rate spans all of it.
    while (m_samples.size() > 2 && now - m_samples[1].ms >= m_window.count())
        m_samples.pop_front();
}

double TransferRate::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0.0;
    const Sample &first = m_samples.front();
    const Sample &last = m_samples.back();
    const qint64 ms = last.ms - first.ms;
    if (ms <= 0)
        return 0.0;
    return static_cast<double>(last.bytes - first.bytes) * 1000.0 / static_cast<double>(ms);
}

qint64 TransferRate::etaSeconds(qint64 total) const
{
    const double rate = bytesPerSecond();
    if (rate <= 0.0 || m_samples.empty())
        return -1;
    const qint64 left = total - m_samples.back().bytes;
    return left <= 0 ? 0 : static_cast<qint64>(std::ceil(static_cast<double>(left) / rate));
}

void UploadProgress::start(qint64 total)
{
    m_total = total;
    m_sent = 0;
    m_rate.restart(0);
    m_sinceReport.start();
}

std::optional<UploadProgress::Report> UploadProgress::advance(qint64 position)
{
    constexpr qint64 kReportEveryMs = 100;
    position = std::min(position, m_total);
    if (position <= m_sent)
        return std::nullopt;
    const bool first = m_sent == 0;
    m_sent = position;
    m_rate.add(m_sent);
    if (!first && m_sent != m_total && m_sinceReport.elapsed() < kReportEveryMs)
        return std::nullopt;
    m_sinceReport.restart();
    return Report{m_sent, m_total, m_rate.bytesPerSecond(), m_rate.etaSeconds(m_total)};
}

} // namespace iuc::api
