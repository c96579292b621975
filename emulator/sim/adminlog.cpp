#include "emulator/sim/adminlog.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc::sim {

namespace {

QString quoted(QString value)
{
    value.replace(QLatin1Char('"'), QLatin1Char('\''));
    value.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace

AdminLog::AdminLog(QString managerHost, size_t capacity)
    : m_host(std::move(managerHost))
    , m_capacity(std::max<size_t>(capacity, 1))
{
}

QString AdminLog::prefix(TimePoint at, const QString &host)
{
    const QDateTime t = toDateTime(at);
    return t.toString(u"yyyy-MM-ddTHH:mm:ss.zzz+00:00 "_s) + host
           + t.toString(u" yyyy-MM-dd HH:mm:ss,zzz "_s);
}

void AdminLog::add(TimePoint at, const QString &level, const QString &name, const QString &message,
                   const Fields &extra)
{
    QString body = u"Level="_s + quoted(level) + u" Name="_s + quoted(name)
                   + u" Message="_s + quoted(message);
    for (const auto &[key, value] : extra)
        body += QLatin1Char(' ') + key + QLatin1Char('=') + quoted(value);
    push(at, level, prefix(at, m_host) + body);
}

void AdminLog::addRaw(TimePoint at, const QString &level, const QString &body)
{
    push(at, level, prefix(at, m_host) + body);
}

void AdminLog::addExpectedUpgradeErrors(TimePoint at, const QString &hostname, const QString &address)
{
    const QString level = u"ERROR"_s;
    const QString config = u"administrator.system.configuration"_s;
    const QString failed = u"Node configuration failed."_s;
    add(at, level, config, failed,
        {{u"Node"_s, hostname}, {u"Resource"_s, u"File[/etc/certs/privatekey.pem]"_s}});
    // The vendor's own sample of this line has a stray quote; so does ours.
    addRaw(at, level,
           u"Level=\"ERROR\" Name=\"%1\" Message=\"%2\" Node=\"\"%3\" Resource=\"File[/etc/certs/server.pem]\""_s
               .arg(config, failed, hostname));
    add(at, level, u"administrator.system.connectivity"_s,
        u"Unable to contact node."_s, {{u"Node"_s, address}});
}

void AdminLog::push(TimePoint at, const QString &level, QString line)
{
    m_entries.push_back(LogEntry{m_nextId++, at, level, std::move(line)});
    while (m_entries.size() > m_capacity)
        m_entries.pop_front();
}

std::vector<LogEntry> AdminLog::after(qint64 id, int limit) const
{
    std::vector<LogEntry> out;
    // Ids are consecutive, so the first wanted entry is found by arithmetic.
    const qint64 first = std::max(id + 1, firstId());
    for (qint64 i = first - firstId(); i < static_cast<qint64>(m_entries.size()) && static_cast<int>(out.size()) < limit; ++i)
        out.push_back(m_entries[static_cast<size_t>(i)]);
    return out;
}

} // namespace iuc::sim
