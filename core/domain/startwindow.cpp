#include "core/domain/startwindow.h"

#include "core/domain/errorcodes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

std::optional<QTime> timeOf(const QString &text)
{
    const QTime t = QTime::fromString(text.trimmed(), u"H:mm"_s);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

} // namespace

Result<StartWindow> StartWindow::parse(const QString &at, const QString &until)
{
    const std::optional<QTime> start = timeOf(at);
    if (!start) {
        return Error{WindowError::BadTime,
                     QCoreApplication::translate("StartWindow", "\"%1\" is not a time of day; write it as HH:MM, "
                                                                "e.g. 02:00.")
                         .arg(at)};
    }
    StartWindow w;
    w.start = *start;
    if (!until.trimmed().isEmpty()) {
        w.end = timeOf(until);
        if (!w.end) {
            return Error{WindowError::BadTime,
                         QCoreApplication::translate("StartWindow", "\"%1\" is not a time of day; write it as "
                                                                    "HH:MM, e.g. 06:00.")
                             .arg(until)};
        }
        if (*w.end == w.start) {
            return Error{WindowError::BadTime,
                         QCoreApplication::translate("StartWindow", "The window ends when it starts (%1): give "
                                                                    "an end after the start, or none.")
                             .arg(at)};
        }
    }
    return w;
}

bool StartWindow::contains(const QDateTime &t) const
{
    if (!end)
        return true;
    const QTime local = t.toTimeZone(zone).time();
    if (start < *end)
        return local >= start && local < *end;
    return local >= start || local < *end; // across midnight
}

QDateTime StartWindow::firstStart(const QDateTime &now) const
{
    if (end && contains(now))
        return now;
    const QDateTime local = now.toTimeZone(zone);
    QDateTime at(local.date(), start, zone);
    if (at <= local)
        at = QDateTime(local.date().addDays(1), start, zone);
    return at.toUTC();
}

QString StartWindow::text() const
{
    if (!end)
        return QCoreApplication::translate("StartWindow", "from %1").arg(start.toString(u"HH:mm"_s));
    return u"%1–%2"_s.arg(start.toString(u"HH:mm"_s), end->toString(u"HH:mm"_s));
}

} // namespace iuc
