#include "core/engine/enginetypes.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace iuc {

QDateTime toDateTime(TimePoint t)
{
    return QDateTime::fromMSecsSinceEpoch(t.time_since_epoch().count(), QTimeZone::utc());
}

TimePoint fromDateTime(const QDateTime &dt)
{
    return TimePoint(Duration(dt.toMSecsSinceEpoch()));
}

QString formatDuration(Duration d)
{
    using namespace std::chrono;
    const bool negative = d < Duration::zero();
    auto rest = negative ? -d : d;
    const auto h = duration_cast<hours>(rest);
    rest -= h;
    const auto m = duration_cast<minutes>(rest);
    rest -= m;
    const auto s = duration_cast<seconds>(rest);
    QString text;
    if (h.count() > 0)
        text = u"%1 h %2 min"_s.arg(h.count()).arg(m.count(), 2, 10, QLatin1Char('0'));
    else if (m.count() > 0)
        text = u"%1 min %2 s"_s.arg(m.count()).arg(s.count(), 2, 10, QLatin1Char('0'));
    else
        text = u"%1 s"_s.arg(s.count());
    return negative ? u"-"_s + text : text;
}

} // namespace iuc
