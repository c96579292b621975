#pragma once

#include <QFile>
#include <QIODevice>
#include <QString>

namespace iuc::api {

// A read-only, random-access view of the bytes [offset, offset + length) of
// a file: one upload chunk, streamed from disk as the network asks for it.
// The chunk is never held in memory, so the upload's memory use does not
// depend on the chunk or file size. Random access (not sequential) matters:
// Qt streams a random-access body with a known size instead of buffering it
// whole, and can rewind it to resend on a fresh connection.
class FileRangeDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileRangeDevice)

public:
    FileRangeDevice(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);
    ~FileRangeDevice() override;

    // Opens the file read-only; false (with errorString()) when it cannot be
    // opened or is shorter than the range.
    bool open(OpenMode mode) override;
    void close() override;

    [[nodiscard]] bool isSequential() const override { return false; }
    [[nodiscard]] qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;

    // Tests only: after `bytes` bytes the device yields nothing more (as if
    // the disk stalled) and says so with stalled(), so that a test can cut
    // the connection at a known point. Negative: no limit.
    void setStallAfter(qint64 bytes) { m_stallAfter = bytes; }

Q_SIGNALS:
    void stalled();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
    qint64 m_stallAfter = -1;
    bool m_stalled = false;
};

} // namespace iuc::api
