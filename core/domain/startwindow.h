#pragma once

// A start window (issue 15, item 6): "start at 02:00, until 06:00", in the
// admin's local time. The upgrade is started at its first start; drain
// ahead works only inside it (each day, when it has an end). Times are
// compared as instants: the Management Node's clock gives "now".

#include "core/domain/result.h"

#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace iuc {

struct StartWindow
{
    QTime start;
    std::optional<QTime> end; // none: open from the start on
    QTimeZone zone = QTimeZone::systemTimeZone();

    // "HH:MM" each (until may be empty), or why not.
    static Result<StartWindow> parse(const QString &at, const QString &until = {});

    // The start: now when `now` is inside a window with an end, else the
    // first `start` (local time) after `now`.
    [[nodiscard]] QDateTime firstStart(const QDateTime &now) const;
    // Whether `t` is inside the window: from `start` to `end` each day
    // (across midnight when `end` is earlier); without an end, always.
    [[nodiscard]] bool contains(const QDateTime &t) const;
    // "02:00–06:00" or "from 02:00", local time.
    [[nodiscard]] QString text() const;

    friend bool operator==(const StartWindow &a, const StartWindow &b)
    {
        return a.start == b.start && a.end == b.end && a.zone == b.zone;
    }
};

} // namespace iuc
