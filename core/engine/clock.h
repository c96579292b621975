#pragma once

#include "core/engine/enginetypes.h"

namespace iuc {

// Where a driver of the engine reads "now" from. The engine itself never
// reads a clock; drivers (the emulator, the console's model) inject one, so
// that tests and forecasts can run in virtual time.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual TimePoint now() const = 0;
};

// A clock that moves only when told to: tests and forecasts.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(TimePoint start) : m_now(start) {}
    [[nodiscard]] TimePoint now() const override { return m_now; }
    void set(TimePoint t) { m_now = t; }
    void advance(Duration d) { m_now += d; }

private:
    TimePoint m_now;
};

} // namespace iuc
