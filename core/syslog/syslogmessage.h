#pragma once

// One syslog message as a Management Node sends it to a remote syslog server
// (issue 12): RFC 5424 ("<134>1 2026-12-06T20:51:22.123Z host app - - - text")
// or the older BSD form of RFC 3164 ("<134>Dec  6 20:51:22 host tag: text"),
// with the vendor's administrator-log fields inside the text. Read leniently:
// whatever cannot be read stays in the text, nothing is thrown away.

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace iuc::syslog {

enum class Framing {
    Rfc5424,
    Rfc3164,
    Bare, // no syslog header at all: the text as it came
};

struct SyslogMessage
{
    Framing framing = Framing::Bare;
    int priority = -1;  // facility × 8 + severity; -1 when missing
    QDateTime time;     // the header's time in UTC; invalid when missing
    QString host;       // the header's host name; empty when missing ("-")
    QString app;        // APP-NAME (5424) or TAG (3164); may be empty
    QString text;       // MSG: what follows the header

    // "ERROR", "WARNING", "INFO" or "DEBUG" from the severity; empty
    // without a priority.
    [[nodiscard]] QString level() const;
};

// Never fails. RFC 3164 times carry no year and no zone: the year is the one
// that puts the time nearest `receivedAt` (UTC), and the time is read as UTC,
// which is what Pexip Infinity nodes run on.
SyslogMessage parseSyslogMessage(QByteArrayView datagram, const QDateTime &receivedAt);

// The message as one administrator-log line ("<time> <host> <text>", the
// format LogLine reads). A text that is already such a line is kept as is;
// `fallbackHost` (the sender's address) stands in for a missing host name.
QString toLogLine(const SyslogMessage &message, const QString &fallbackHost);

} // namespace iuc::syslog
