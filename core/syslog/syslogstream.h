#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace iuc::syslog {

// Splits a TCP syslog stream into messages (RFC 6587): octet counting
// ("57 <134>1 …") or one message per line (LF, or NUL as some senders use).
// Frames larger than `maxFrame` are cut to it and flagged.
class SyslogStream final
{
public:
    explicit SyslogStream(qsizetype maxFrame = 64 * 1024);

    void feed(QByteArrayView bytes);
    // The next whole message, if one is ready.
    std::optional<QByteArray> next();
    // Frames cut or skipped because they were larger than maxFrame or their
    // length prefix was unreadable.
    [[nodiscard]] int damaged() const { return m_damaged; }
    // What is held waiting for the rest of a message.
    [[nodiscard]] qsizetype pending() const { return m_buffer.size() - m_pos; }

private:
    void compact();

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_maxFrame;
    qsizetype m_skip = 0; // bytes of an oversized counted frame still to drop
    int m_damaged = 0;
};

} // namespace iuc::syslog
