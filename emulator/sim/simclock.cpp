#include "emulator/sim/simclock.h"

#include <algorithm>

namespace iuc::sim {

SimClock::SimClock(TimePoint start, double scale)
    : m_simAnchor(start)
    , m_realAnchor(Steady::now())
    , m_scale(std::max(0.0, scale))
{
}

TimePoint SimClock::nowLocked() const
{
    const auto real = std::chrono::duration<double, std::milli>(Steady::now() - m_realAnchor).count();
    return m_simAnchor + Duration(static_cast<Duration::rep>(real * m_scale));
}

TimePoint SimClock::now() const
{
    std::lock_guard lock(m_mutex);
    return nowLocked();
}

double SimClock::scale() const
{
    std::lock_guard lock(m_mutex);
    return m_scale;
}

void SimClock::setScale(double scale)
{
    std::lock_guard lock(m_mutex);
    m_simAnchor = nowLocked();
    m_realAnchor = Steady::now();
    m_scale = std::max(0.0, scale);
}

void SimClock::advance(Duration d)
{
    std::lock_guard lock(m_mutex);
    if (d > Duration::zero())
        m_simAnchor += d;
}

} // namespace iuc::sim
