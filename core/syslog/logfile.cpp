#include "core/syslog/logfile.h"

#include "core/model/logline.h"
#include "core/syslog/syslogerrors.h"
#include "core/syslog/syslogmessage.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <deque>

using namespace Qt::StringLiterals;

namespace iuc::syslog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("iuc::syslog::LogFile", text);
}

bool startsWithMonth(QByteArrayView line)
{
    static constexpr const char *Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (const char *m : Months) {
        if (line.startsWith(m) && line.size() > 3 && line.at(3) == ' ')
            return true;
    }
    return false;
}

} // namespace

Result<QList<api::LogEntry>> readLogFile(const QString &path, int maxLines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{SyslogError::FileUnreadable,
                     tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    }
    const QDateTime modified = QFileInfo(file).lastModified().toUTC();
    std::deque<QByteArray> lines;
    qint64 readable = 0;
    qint64 total = 0;
    while (!file.atEnd()) {
        QByteArray line = file.readLine(1 << 20);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        ++total;
        if (line.contains("Level=") && line.contains("Name="))
            ++readable;
        lines.push_back(std::move(line));
        if (lines.size() > static_cast<size_t>(std::max(maxLines, 1)))
            lines.pop_front();
    }
    if (file.error() != QFileDevice::NoError) {
        return Error{SyslogError::FileUnreadable,
                     tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    }
    if (readable == 0) {
        return Error{SyslogError::NotALog,
                     tr("%1 is not an administrator log: none of its %2 lines has the log's Level=\"…\" and "
                        "Name=\"…\" fields. Download the administrator log from the Management Node's web "
                        "interface as text, or open the file your syslog server wrote.")
                         .arg(QFileInfo(path).fileName())
                         .arg(total)};
    }
    QList<api::LogEntry> out;
    out.reserve(static_cast<qsizetype>(lines.size()));
    for (const QByteArray &raw : lines) {
        api::LogEntry entry;
        const QString text = QString::fromUtf8(raw);
        if (parseLogLine(text).wellFormed) {
            entry.line = text;
        } else if (raw.startsWith('<') || startsWithMonth(raw)) {
            const SyslogMessage message =
                parseSyslogMessage(raw.startsWith('<') ? raw : "<14>" + raw, modified);
            entry.time = message.time;
            if (raw.startsWith('<'))
                entry.level = message.level();
            entry.line = toLogLine(message, QString());
        } else {
            entry.line = text;
        }
        out.append(std::move(entry));
    }
    return out;
}

} // namespace iuc::syslog
