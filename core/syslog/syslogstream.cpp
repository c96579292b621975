#include "core/syslog/syslogstream.h"

#include <algorithm>

namespace iuc::syslog {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

SyslogStream::SyslogStream(qsizetype maxFrame)
    : m_maxFrame(std::max<qsizetype>(maxFrame, 16))
{
}

void SyslogStream::feed(QByteArrayView bytes)
{
    m_buffer.append(bytes);
}

void SyslogStream::compact()
{
    if (m_pos > 0 && (m_pos >= m_buffer.size() || m_pos > 64 * 1024)) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

std::optional<QByteArray> SyslogStream::next()
{
    // What is left of an oversized counted frame.
    if (m_skip > 0) {
        const qsizetype drop = std::min(m_skip, m_buffer.size() - m_pos);
        m_pos += drop;
        m_skip -= drop;
        if (m_skip > 0) {
            compact();
            return std::nullopt;
        }
    }
    while (m_pos < m_buffer.size()) {
        const char c = m_buffer.at(m_pos);
        if (c != '\n' && c != '\r' && c != '\0' && c != ' ')
            break;
        ++m_pos;
    }
    const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_pos);
    std::optional<QByteArray> frame;
    // Octet counting: "LEN SP MSG", LEN without leading zeros.
    qsizetype digits = 0;
    while (digits < rest.size() && digits < 10 && isDigit(rest.at(digits)))
        ++digits;
    if (digits > 0 && digits == rest.size() && digits < 10)
        return std::nullopt; // the length is still arriving
    if (digits > 0 && digits < 10 && digits < rest.size() && rest.at(digits) == ' ' && rest.front() != '0') {
        const qsizetype length = rest.first(digits).toLongLong();
        const qsizetype body = digits + 1;
        const qsizetype keep = std::min(length, m_maxFrame);
        if (rest.size() - body < keep)
            return std::nullopt;
        frame = rest.sliced(body, keep).toByteArray();
        m_pos += body + keep;
        if (keep < length) {
            ++m_damaged;
            m_skip = length - keep;
        }
    } else {
        // Non-transparent framing: up to LF (or NUL).
        qsizetype end = -1;
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (rest.at(i) == '\n' || rest.at(i) == '\0') {
                end = i;
                break;
            }
        }
        if (end > m_maxFrame)
            end = -1; // too long: cut below, whether or not its end has arrived
        if (end < 0) {
            if (rest.size() <= m_maxFrame)
                return std::nullopt;
            ++m_damaged;
            end = m_maxFrame;
            frame = rest.first(end).toByteArray();
            m_pos += end;
        } else {
            QByteArrayView line = rest.first(end);
            if (line.endsWith('\r'))
                line.chop(1);
            frame = line.toByteArray();
            m_pos += end + 1;
        }
    }
    compact();
    return frame;
}

} // namespace iuc::syslog
