#pragma once

// One line of the Management Node's administrator log (docs/api.md §10):
//   <syslog time with offset> <manager host> <yyyy-MM-dd HH:mm:ss,zzz> Level="…" Name="…" Message="…" Key="value" …
// Real logs are messy (the vendor's own sample has Node=""host"), so the
// parser reads whatever it can, keeps the raw line, and says whether the
// line had the expected shape.

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringView>

namespace iuc {

struct LogLine
{
    QDateTime time;   // the syslog time in UTC; the logger's own time when that is missing; invalid if neither
    QString host;     // the Management Node that wrote the line
    QString level;    // "INFO", "WARNING", "ERROR", … as written
    QString name;     // e.g. administrator.system.configuration
    QString message;
    QString node;     // the Node field: a host name or an address
    QString resource; // the Resource field, e.g. File[/etc/certs/server.pem]
    QMap<QString, QString> fields; // every Key="value" read, the five above included
    bool wellFormed = false;       // false when anything had to be guessed or skipped
    QString raw;                   // the line exactly as received
};

// Never fails: a line it cannot read at all gives wellFormed == false and the
// raw text, with whatever parts could be recognised.
LogLine parseLogLine(QStringView line);

enum class LogSeverity {
    Info,
    Warning,
    Error,
    ExpectedError, // R13: an ERROR the vendor lists as normal during an upgrade
    Other,         // an unknown or missing level
};

// R13: during an upgrade, "Node configuration failed." for the certificate
// files under /etc/certs/ and "Unable to contact node." are expected; every
// other ERROR, and those two outside an upgrade, is an Error.
LogSeverity classify(const LogLine &line, bool upgradeInProgress);

} // namespace iuc
