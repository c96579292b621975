#pragma once

#include "core/engine/clock.h"

#include <chrono>
#include <mutex>

namespace iuc::sim {

// The emulator's simulated clock: real elapsed time multiplied by a scale,
// from a chosen start. Every timestamp the emulator serves (and its Date
// header) comes from here, never from the host's wall clock. Thread-safe.
class SimClock final : public Clock
{
public:
    explicit SimClock(TimePoint start, double scale = 1.0);

    [[nodiscard]] TimePoint now() const override;
    [[nodiscard]] double scale() const;
    // Keeps the current simulated instant, changes how fast time runs from here.
    void setScale(double scale);
    // Jumps ahead (tests, demos); never backwards.
    void advance(Duration d);

private:
    using Steady = std::chrono::steady_clock;
    [[nodiscard]] TimePoint nowLocked() const;

    mutable std::mutex m_mutex;
    TimePoint m_simAnchor;
    Steady::time_point m_realAnchor;
    double m_scale;
};

} // namespace iuc::sim
