#pragma once

#include "core/engine/enginetypes.h"

#include <QString>

#include <deque>
#include <utility>
#include <vector>

namespace iuc::sim {

struct LogEntry
{
    qint64 id = 0;
    TimePoint at;
    QString level;
    QString line; // the whole line, in the Management Node's administrator log format
};

// The Management Node's administrator log, as lines in the format the
// vendor documents ("<syslog time> <host> <time> Level="…" Name="…" …").
// Bounded: the oldest lines go first.
class AdminLog final
{
public:
    using Fields = std::vector<std::pair<QString, QString>>;

    explicit AdminLog(QString managerHost, size_t capacity = 20'000);

    void add(TimePoint at, const QString &level, const QString &name, const QString &message,
             const Fields &extra = {});
    // A line exactly as given after the time and host prefix: real logs are
    // messy and the emulator reproduces that (R13).
    void addRaw(TimePoint at, const QString &level, const QString &body);

    // The expected ERROR lines of R13 for a node being upgraded, the second
    // one malformed the way the vendor's own sample is.
    void addExpectedUpgradeErrors(TimePoint at, const QString &hostname, const QString &address);

    [[nodiscard]] std::vector<LogEntry> after(qint64 id, int limit) const;
    [[nodiscard]] qint64 lastId() const { return m_nextId - 1; }
    [[nodiscard]] qint64 firstId() const { return m_entries.empty() ? m_nextId : m_entries.front().id; }
    [[nodiscard]] size_t size() const { return m_entries.size(); }

    static QString prefix(TimePoint at, const QString &host);

private:
    void push(TimePoint at, const QString &level, QString line);

    QString m_host;
    size_t m_capacity;
    std::deque<LogEntry> m_entries;
    qint64 m_nextId = 1;
};

} // namespace iuc::sim
