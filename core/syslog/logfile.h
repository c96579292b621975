#pragma once

#include "core/api/resources.h"
#include "core/domain/result.h"

#include <QList>
#include <QString>

namespace iuc::syslog {

// A downloaded administrator log (or a syslog server's file of it), read for
// the log panel (issue 12): one entry per line, ids left 0. Lines in the
// vendor's format are kept as they are; lines a syslog daemon wrote
// ("Dec  6 20:51:22 host tag: …" or with a "<134>" priority) are read as
// syslog messages. At most `maxLines` of the newest lines are returned.
// Errors: FileUnreadable; NotALog when no line carries the log's Level="…"
// and Name="…" fields (a package, a zip, another program's log).
Result<QList<api::LogEntry>> readLogFile(const QString &path, int maxLines = 100'000);

} // namespace iuc::syslog
