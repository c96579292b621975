#include "core/api/filerangedevice.h"

#include <algorithm>

namespace iuc::api {

FileRangeDevice::FileRangeDevice(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset(offset)
    , m_length(std::max<qint64>(0, length))
{
}

FileRangeDevice::~FileRangeDevice() = default;

bool FileRangeDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || m_offset < 0) {
        setErrorString(tr("The file range can only be read."));
        return false;
    }
    // Unbuffered on both levels: the network reads in blocks of its own,
    // another copy would only cost time.
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setErrorString(m_file.errorString());
        return false;
    }
    if (m_file.size() < m_offset + m_length) {
        setErrorString(tr("The file %1 is shorter than expected: it changed while being uploaded.").arg(m_file.fileName()));
        m_file.close();
        return false;
    }
    if (!m_file.seek(m_offset)) {
        setErrorString(m_file.errorString());
        m_file.close();
        return false;
    }
    return QIODevice::open(ReadOnly | Unbuffered);
}

void FileRangeDevice::close()
{
    QIODevice::close();
    m_file.close();
}

bool FileRangeDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length)
        return false;
    if (!QIODevice::seek(pos))
        return false;
    return m_file.seek(m_offset + pos);
}

qint64 FileRangeDevice::readData(char *data, qint64 maxSize)
{
    const qint64 at = pos();
    qint64 end = m_length;
    if (m_stallAfter >= 0)
        end = std::min(end, m_stallAfter);
    const qint64 wanted = std::min(maxSize, end - at);
    if (wanted <= 0) {
        if (end < m_length && !m_stalled) {
            m_stalled = true;
            Q_EMIT stalled();
        }
        return 0;
    }
    if (m_file.pos() != m_offset + at && !m_file.seek(m_offset + at))
        return -1;
    return m_file.read(data, wanted);
}

qint64 FileRangeDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace iuc::api
