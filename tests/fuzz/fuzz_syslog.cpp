// Fuzz target: syslog messages and TCP streams from the network (issue 12).
// Invariants: parsing never fails; a stream split anywhere gives the same
// frames as the whole; what the stream holds stays bounded; the line made of
// a message keeps its text.

#include "core/syslog/syslogmessage.h"
#include "core/syslog/syslogstream.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QList<QByteArray> frames(QByteArrayView wire, qsizetype split)
{
    iuc::syslog::SyslogStream stream(256);
    QList<QByteArray> out;
    for (QByteArrayView part : {wire.first(split), wire.sliced(split)}) {
        stream.feed(part);
        while (auto f = stream.next())
            out.append(*f);
        if (stream.pending() > 256 + 16)
            std::abort(); // an endless line is cut, not hoarded
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime at(QDate(2026, 12, 6), QTime(20, 51), Qt::UTC);
    const iuc::syslog::SyslogMessage message = iuc::syslog::parseSyslogMessage(bytes, at);
    if (message.priority > 191)
        std::abort();
    const QString line = iuc::syslog::toLogLine(message, QStringLiteral("10.0.0.1"));
    if (!line.contains(message.text.trimmed()))
        std::abort();
    if (size > 0 && frames(bytes, 0) != frames(bytes, qsizetype(size / 2)))
        std::abort();
    return 0;
}
