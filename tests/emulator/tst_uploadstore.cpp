#include "emulator/support/uploadstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "tests/emulator/serverthread.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <future>
#include <limits>
#include <optional>
#include <thread>
#include <vector>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif
#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using iuc::sim::UploadStore;

namespace {

// Deterministic bytes that are not a repeating pattern, so a misplaced or
// dropped piece changes the hash.
QByteArray sampleData(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = static_cast<char>(generator.generate() & 0xff);
    return data;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// Feeds `data` the way httplib's ContentReader does: in small pieces.
bool writePieces(UploadStore::Writer &writer, QByteArrayView data, qsizetype piece = 4096)
{
    for (qsizetype at = 0; at < data.size(); at += piece) {
        const qsizetype length = std::min(piece, data.size() - at);
        if (!writer.write(data.data() + at, static_cast<size_t>(length)))
            return false;
    }
    return true;
}

QString describe(const iuc::Error &error)
{
    return error.code + u": "_s + error.message;
}

// Records a failure and returns an empty id / zero, so a broken step fails
// its own test with the store's message.
QString created(UploadStore &store, qint64 size)
{
    const auto id = store.create(size);
    if (!id) {
        QTest::qFail(qPrintable(describe(id.error())), __FILE__, __LINE__);
        return {};
    }
    return id.value();
}

bool uploadChunk(UploadStore &store, const QString &id, qint64 offset, QByteArrayView data)
{
    auto writer = store.beginChunk(id, offset, data.size());
    if (!writer) {
        QTest::qFail(qPrintable(describe(writer.error())), __FILE__, __LINE__);
        return false;
    }
    if (!writePieces(writer.value(), data)) {
        QTest::qFail(qPrintable(describe(writer.value().error())), __FILE__, __LINE__);
        return false;
    }
    const auto committed = writer.value().commit();
    if (!committed) {
        QTest::qFail(qPrintable(describe(committed.error())), __FILE__, __LINE__);
        return false;
    }
    return committed.value() == offset + data.size();
}

qint64 serverOffset(const UploadStore &store, const QString &id)
{
    const auto status = store.status(id);
    return status ? status->offset : -1;
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Everything below `root`, recursively, as relative paths.
QStringList tree(const QString &root)
{
    QStringList out;
    const QDir base(root);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(base.relativeFilePath(it.next()));
    out.sort();
    return out;
}

// For worker threads, where QTest macros must not run: the failure as text.
QString sendChunkFromThread(UploadStore &store, const QString &id, qint64 offset,
                            QByteArrayView bytes, bool commit)
{
    auto writer = store.beginChunk(id, offset);
    if (!writer)
        return describe(writer.error());
    if (!writePieces(writer.value(), bytes))
        return describe(writer.value().error());
    if (!commit)
        return {}; // the writer's destructor keeps what was written
    const auto committed = writer.value().commit();
    if (!committed)
        return describe(committed.error());
    return committed.value() == offset + bytes.size() ? QString()
                                                      : u"commit reported a wrong offset"_s;
}

// The hookup the emulator's router is meant to use: one chunk per request,
// the body streamed from httplib's ContentReader straight into the store.
// `done` hears whether the whole body arrived, and the committed offset.
void serveChunk(UploadStore &store, const httplib::Request &request,
                httplib::Response &response, const httplib::ContentReader &content,
                const std::function<void(bool, qint64)> &done)
{
    const QString id = QString::fromStdString(request.matches[1].str());
    bool validOffset = false;
    const qint64 offset =
        QString::fromStdString(request.get_param_value("offset")).toLongLong(&validOffset);
    const qint64 length = request.has_header("Content-Length")
                              ? qint64(request.get_header_value<uint64_t>("Content-Length"))
                              : -1; // chunked transfer encoding
    auto writer = store.beginChunk(id, validOffset ? offset : -1, length);
    if (!writer) {
        response.status = 409;
        // The body was not read: the connection cannot carry another request.
        response.set_header("Connection", "close");
        response.set_content(writer.error().code.toStdString(), "text/plain");
        done(false, -1);
        return;
    }
    const bool complete = content([&writer](const char *data, size_t size) {
        return writer.value().write(data, size);
    });
    const auto committed = writer.value().commit();
    if (!committed) {
        response.status = committed.error().code == u"upload.write-failed"_s ? 507 : 400;
        response.set_header("Connection", "close");
        response.set_content(committed.error().code.toStdString(), "text/plain");
    } else {
        response.set_content(std::to_string(committed.value()), "text/plain");
    }
    done(complete, committed ? committed.value() : -1);
}

// Plain-HTTP httplib server on 127.0.0.1, any port, in a thread of its own.
class LoopbackServer final
{
public:
    LoopbackServer(UploadStore &store, std::function<void(bool, qint64)> done)
    {
        m_server.Post(R"(/upload/([^/]+)/)",
                      [&store, done](const httplib::Request &request, httplib::Response &response,
                                     const httplib::ContentReader &content) {
                          serveChunk(store, request, response, content, done);
                      });
        m_thread.emplace(m_server);
    }

    [[nodiscard]] int port() const { return m_thread->port(); }

private:
    httplib::Server m_server;
    std::optional<ServerThread> m_thread; // declared last: stopped before the server goes
};

httplib::Result postChunk(int port, const QString &id, qint64 offset, const QByteArray &bytes)
{
    httplib::Client client("127.0.0.1", port);
    client.set_connection_timeout(10);
    client.set_read_timeout(60);
    const std::string path = "/upload/" + id.toStdString() + "/?offset=" + std::to_string(offset);
    return client.Post(path, bytes.constData(), size_t(bytes.size()), "application/octet-stream");
}

} // namespace

class TestUploadStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void idsAre32LowerCaseHexAndUnguessable();
    void chunkedUploadRoundTripHashesWhatWasSent();
    void resumeAfterBrokenConnectionContinuesFromPartialChunk();
    void offsetMismatchTellsClientWhereToResume();
    void writingPastAnnouncedSizeIsRefusedAndUploadStaysResumable();
    void finishBeforeCompleteNamesMissingBytes();
    void finishIsIdempotentForRetriedRequests();
    void finishTakingWrittenSizeServesSingleShotUploads();
    void cancelDeletesPartialFile();
    void cancelWhileChunkIsWrittenDeletesFileWhenChunkEnds();
    void removeFinishedDeletesPackageAndForgetsUpload();
    void pathTrickIdsAreRefusedBeforeTouchingDisk_data();
    void pathTrickIdsAreRefusedBeforeTouchingDisk();
    void unknownIdIsReportedAsUnknown();
    void badSizeIsRefused();
    void secondConcurrentChunkOnSameUploadIsBusy();
    void manyThreadsUploadDifferentIdsConcurrently();
    void maxOpenUploadsIsEnforced();
    void abandonedUploadsGiveUpTheirPlace();
    void writeFailureKeepsUploadResumableFromLastGoodOffset();
    void createdTimeComesFromInjectedClock();
    void removeStaleFilesDeletesOnlyUnknownUploadFiles();
    void writerOutlivingStoreIsSafe();
    void httplibContentReaderStreamsChunksIntoStore();
    void httplibConnectionCutMidChunkKeepsBytesThatArrived();

private:
    std::unique_ptr<QTemporaryDir> m_root;
    QString m_directory;
};

void TestUploadStore::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    m_directory = m_root->filePath(u"uploads"_s); // the store creates it
}

void TestUploadStore::cleanup()
{
    m_root.reset();
}

void TestUploadStore::idsAre32LowerCaseHexAndUnguessable()
{
    UploadStore store(m_directory, UploadStore::Limits{1 << 20, 64});
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const QString id = created(store, 10);
        QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(id).hasMatch());
        QVERIFY(UploadStore::isValidId(id));
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        QVERIFY(store.cancel(id));
    }
    QVERIFY(QFileInfo(m_directory).isDir());
#ifdef Q_OS_UNIX
    QCOMPARE(QFileInfo(m_directory).permissions() & 0x0077, // Qt's group and other bits
             QFileDevice::Permissions());
#endif
}

void TestUploadStore::chunkedUploadRoundTripHashesWhatWasSent()
{
    UploadStore store(m_directory);
    // Odd sizes, more than one internal buffer, and a piece larger than it.
    const QByteArray data = sampleData(1'300'001, 1);
    const QString id = created(store, data.size());

    QVERIFY(uploadChunk(store, id, 0, QByteArrayView(data).first(700'000)));
    QCOMPARE(serverOffset(store, id), 700'000);
    {
        auto writer = store.beginChunk(id, 700'000);
        QVERIFY(writer);
        const QByteArrayView rest = QByteArrayView(data).sliced(700'000);
        QVERIFY(writer.value().write(rest.data(), 1));
        QVERIFY(writer.value().write(rest.data() + 1, 400'000)); // one big piece
        QVERIFY(writePieces(writer.value(), rest.sliced(400'001), 777));
        const auto offset = writer.value().commit();
        QVERIFY(offset);
        QCOMPARE(offset.value(), data.size());
    }

    const auto status = store.status(id);
    QVERIFY(status);
    QCOMPARE(status->totalSize, data.size());
    QCOMPARE(status->offset, data.size());
    QVERIFY(!status->finished);

    const auto finished = store.finish(id);
    QVERIFY2(finished, qPrintable(finished ? QString() : describe(finished.error())));
    QCOMPARE(finished->id, id);
    QCOMPARE(finished->size, data.size());
    QCOMPARE(finished->sha256Hex, sha256Hex(data));
    QCOMPARE(finished->path, QDir(m_directory).filePath(id + u".pkg"_s));
    QCOMPARE(fileContents(finished->path), data);
    QVERIFY(!QFileInfo::exists(QDir(m_directory).filePath(id + u".part"_s)));
    QVERIFY(store.status(id)->finished);

    const auto again = store.finished(id);
    QVERIFY(again);
    QCOMPARE(again->sha256Hex, finished->sha256Hex);
}

void TestUploadStore::resumeAfterBrokenConnectionContinuesFromPartialChunk()
{
    UploadStore store(m_directory);
    const QByteArray data = sampleData(900'000, 2);
    const QString id = created(store, data.size());

    // The client sends 600,000 bytes, but the connection breaks after
    // 333,333 of them: the server drops the writer without commit.
    {
        auto writer = store.beginChunk(id, 0, 600'000);
        QVERIFY(writer);
        QVERIFY(writePieces(writer.value(), QByteArrayView(data).first(333'333)));
    }
    QCOMPARE(serverOffset(store, id), 333'333);
    QCOMPARE(QFileInfo(QDir(m_directory).filePath(id + u".part"_s)).size(), 333'333);

    // The client asks where to continue and sends the rest from there.
    QVERIFY(uploadChunk(store, id, 333'333, QByteArrayView(data).sliced(333'333)));
    const auto finished = store.finish(id);
    QVERIFY(finished);
    QCOMPARE(finished->sha256Hex, sha256Hex(data));
    QCOMPARE(fileContents(finished->path), data);
}

void TestUploadStore::offsetMismatchTellsClientWhereToResume()
{
    UploadStore store(m_directory);
    const QByteArray data = sampleData(5000, 3);
    const QString id = created(store, data.size());
    QVERIFY(uploadChunk(store, id, 0, QByteArrayView(data).first(1234)));

    for (const qint64 wrong : {qint64(0), qint64(1000), qint64(2000), qint64(-1)}) {
        const auto writer = store.beginChunk(id, wrong);
        QVERIFY(!writer);
        QCOMPARE(writer.error().code, u"upload.offset-mismatch"_s);
        QVERIFY2(writer.error().message.contains(u"1234"_s), qPrintable(writer.error().message));
    }
    // The refused attempts changed nothing.
    QCOMPARE(serverOffset(store, id), 1234);
    QVERIFY(uploadChunk(store, id, 1234, QByteArrayView(data).sliced(1234)));
    QCOMPARE(store.finish(id)->sha256Hex, sha256Hex(data));
}

void TestUploadStore::writingPastAnnouncedSizeIsRefusedAndUploadStaysResumable()
{
    UploadStore store(m_directory);
    const QByteArray data = sampleData(10'000, 4);
    const QString id = created(store, data.size());

    // Announced up front (Content-Length): refused before reading a byte.
    const auto early = store.beginChunk(id, 0, 10'001);
    QVERIFY(!early);
    QCOMPARE(early.error().code, u"upload.too-large"_s);

    // Not announced: the piece that would overflow is refused; what came
    // before it is kept.
    {
        auto writer = store.beginChunk(id, 0);
        QVERIFY(writer);
        QVERIFY(writer.value().write(data.constData(), 6000));
        const QByteArray tooMuch = sampleData(4001, 5);
        QVERIFY(!writer.value().write(tooMuch.constData(), static_cast<size_t>(tooMuch.size())));
        QCOMPARE(writer.value().error().code, u"upload.too-large"_s);
        QVERIFY(!writer.value().write(data.constData(), 1)); // stays stopped
        const auto committed = writer.value().commit();
        QVERIFY(!committed);
        QCOMPARE(committed.error().code, u"upload.too-large"_s);
    }
    QCOMPARE(serverOffset(store, id), 6000);
    QVERIFY(uploadChunk(store, id, 6000, QByteArrayView(data).sliced(6000)));

    // Complete: not one more byte.
    auto full = store.beginChunk(id, data.size());
    QVERIFY(full);
    QVERIFY(!full.value().write("x", 1));
    QCOMPARE(full.value().error().code, u"upload.too-large"_s);
    full.value().commit();

    QCOMPARE(store.finish(id)->sha256Hex, sha256Hex(data));
}

void TestUploadStore::finishBeforeCompleteNamesMissingBytes()
{
    UploadStore store(m_directory);
    const QByteArray data = sampleData(3000, 6);
    const QString id = created(store, data.size());
    QVERIFY(uploadChunk(store, id, 0, QByteArrayView(data).first(1000)));

    const auto early = store.finish(id);
    QVERIFY(!early);
    QCOMPARE(early.error().code, u"upload.incomplete"_s);
    QVERIFY2(early.error().message.contains(u"2000"_s), qPrintable(early.error().message));
    QVERIFY(!store.finished(id));

    // Still resumable after the refused finish.
    QVERIFY(uploadChunk(store, id, 1000, QByteArrayView(data).sliced(1000)));
    QCOMPARE(store.finish(id)->sha256Hex, sha256Hex(data));
}

void TestUploadStore::finishIsIdempotentForRetriedRequests()
{
    UploadStore store(m_directory);
    const QByteArray data = sampleData(100, 7);
    const QString id = created(store, data.size());
    QVERIFY(uploadChunk(store, id, 0, data));
    const auto first = store.finish(id);
    const auto second = store.finish(id);
    QVERIFY(first);
    QVERIFY(second);
    QCOMPARE(second->sha256Hex, first->sha256Hex);
    QCOMPARE(second->path, first->path);

    const auto more = store.beginChunk(id, data.size());
    QVERIFY(!more);
    QCOMPARE(more.error().code, u"upload.finished"_s);
}

void TestUploadStore::finishTakingWrittenSizeServesSingleShotUploads()
{
    UploadStore store(m_directory);
    const QByteArray data = sampleData(6000, 8);
    // A multipart request's Content-Length is an upper bound of the file.
    const QString id = created(store, 7000);
    QVERIFY(uploadChunk(store, id, 0, data));
    QCOMPARE(store.finish(id).error().code, u"upload.incomplete"_s);

    const auto finished = store.finish(id, UploadStore::FinishMode::TakeWrittenSize);
    QVERIFY(finished);
    QCOMPARE(finished->size, data.size());
    QCOMPARE(finished->sha256Hex, sha256Hex(data));
    QCOMPARE(store.status(id)->totalSize, data.size());

    const QString empty = created(store, 10);
    QCOMPARE(store.finish(empty, UploadStore::FinishMode::TakeWrittenSize).error().code,
             u"upload.incomplete"_s);
}

void TestUploadStore::cancelDeletesPartialFile()
{
    UploadStore store(m_directory);
    const QString id = created(store, 1000);
    QVERIFY(uploadChunk(store, id, 0, sampleData(400, 9)));
    const QString part = QDir(m_directory).filePath(id + u".part"_s);
    QVERIFY(QFileInfo::exists(part));

    const auto cancelled = store.cancel(id);
    QVERIFY(cancelled);
    QVERIFY(!QFileInfo::exists(part));
    QVERIFY(store.status(id)->cancelled);
    QVERIFY(store.cancel(id)); // again: nothing to do, no error
    QCOMPARE(store.beginChunk(id, 400).error().code, u"upload.cancelled"_s);
    QCOMPARE(store.finish(id).error().code, u"upload.cancelled"_s);
    QCOMPARE(QDir(m_directory).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestUploadStore::cancelWhileChunkIsWrittenDeletesFileWhenChunkEnds()
{
    UploadStore store(m_directory);
    const QByteArray data = sampleData(2'000'000, 10);
    const QString id = created(store, data.size());
    auto writer = store.beginChunk(id, 0);
    QVERIFY(writer);
    QVERIFY(writePieces(writer.value(), QByteArrayView(data).first(300'000)));

    QVERIFY(store.cancel(id));
    QVERIFY(store.status(id)->cancelled);
    // The writer learns of it at its next write to disk and stops.
    QVERIFY(!writePieces(writer.value(), QByteArrayView(data).sliced(300'000)));
    QCOMPARE(writer.value().error().code, u"upload.cancelled"_s);
    QCOMPARE(writer.value().commit().error().code, u"upload.cancelled"_s);
    QCOMPARE(QDir(m_directory).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestUploadStore::removeFinishedDeletesPackageAndForgetsUpload()
{
    UploadStore store(m_directory);
    const QString id = created(store, 10);
    QVERIFY(uploadChunk(store, id, 0, "0123456789"));
    const auto finished = store.finish(id);
    QVERIFY(finished);
    QVERIFY(QFileInfo::exists(finished->path));

    store.removeFinished(id);
    QVERIFY(!QFileInfo::exists(finished->path));
    QCOMPARE(store.status(id).error().code, u"upload.unknown"_s);

    // An upload still in progress is not removed by it.
    const QString open = created(store, 10);
    store.removeFinished(open);
    QVERIFY(store.status(open));
}

void TestUploadStore::pathTrickIdsAreRefusedBeforeTouchingDisk_data()
{
    QTest::addColumn<QString>("id");
    const QString valid = u"0123456789abcdef0123456789abcdef"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("parent directories") << u"../../etc/passwd"_s;
    QTest::newRow("parent, padded to 32") << u"../../../../../../../../../../a/b"_s.left(32);
    QTest::newRow("percent-encoded dots") << u"%2e%2e%2f%2e%2e%2fetc%2fpasswd00"_s;
    QTest::newRow("absolute path") << u"/etc/passwd"_s;
    QTest::newRow("absolute, 32 long") << u"/tmp/0123456789abcdef0123456789a"_s;
    QTest::newRow("windows drive") << u"C:\\Windows\\System32\\config\\SAM"_s;
    QTest::newRow("backslashes") << u"..\\..\\0123456789abcdef0123456789"_s;
    QTest::newRow("upper case hex") << valid.toUpper();
    QTest::newRow("one short") << valid.left(31);
    QTest::newRow("one long") << valid + u'0';
    QTest::newRow("trailing slash") << valid.left(31) + u'/';
    QTest::newRow("trailing newline") << valid.left(31) + u'\n';
    QTest::newRow("embedded NUL") << valid.left(16) + QChar(0) + valid.mid(17);
    QTest::newRow("dot part suffix") << valid.left(27) + u".part"_s;
    QTest::newRow("fullwidth digits") << QString(32, QChar(0xFF10)); // '０'
    QTest::newRow("arabic-indic digits") << QString(32, QChar(0x0660));
    QTest::newRow("cyrillic a lookalike") << valid.left(31) + QChar(0x0430);
    QTest::newRow("fullwidth solidus") << valid.left(30) + QChar(0xFF0F) + u'a';
    QTest::newRow("non-hex letters") << u"0123456789abcdef0123456789abcdeg"_s;
    QTest::newRow("spaces") << u"0123456789abcdef 123456789abcdef"_s;
}

void TestUploadStore::pathTrickIdsAreRefusedBeforeTouchingDisk()
{
    QFETCH(QString, id);
    UploadStore store(m_directory);
    const QString real = created(store, 100); // so the directory exists
    QVERIFY(uploadChunk(store, real, 0, sampleData(50, 11)));
    const QStringList before = tree(m_root->path());

    QVERIFY(!UploadStore::isValidId(id));
    QCOMPARE(store.status(id).error().code, u"upload.bad-id"_s);
    QCOMPARE(store.beginChunk(id, 0).error().code, u"upload.bad-id"_s);
    QCOMPARE(store.finish(id).error().code, u"upload.bad-id"_s);
    QCOMPARE(store.finished(id).error().code, u"upload.bad-id"_s);
    QCOMPARE(store.cancel(id).error().code, u"upload.bad-id"_s);
    store.removeFinished(id);
    // The message does not echo the hostile text back.
    QVERIFY(id.isEmpty() || !store.status(id).error().message.contains(id));

    QCOMPARE(tree(m_root->path()), before);
    QCOMPARE(serverOffset(store, real), 50);
}

void TestUploadStore::unknownIdIsReportedAsUnknown()
{
    UploadStore store(m_directory);
    const QString stranger = u"0123456789abcdef0123456789abcdef"_s;
    QCOMPARE(store.status(stranger).error().code, u"upload.unknown"_s);
    QCOMPARE(store.beginChunk(stranger, 0).error().code, u"upload.unknown"_s);
    QCOMPARE(store.finish(stranger).error().code, u"upload.unknown"_s);
    QCOMPARE(store.cancel(stranger).error().code, u"upload.unknown"_s);
    QVERIFY(store.status(stranger).error().message.contains(stranger));
}

void TestUploadStore::badSizeIsRefused()
{
    UploadStore store(m_directory, UploadStore::Limits{1000, 8});
    for (const qint64 size : {qint64(0), qint64(-1), qint64(1001), std::numeric_limits<qint64>::max()}) {
        const auto id = store.create(size);
        QVERIFY(!id);
        QCOMPARE(id.error().code, size > 0 ? u"upload.too-large"_s : u"upload.bad-size"_s);
    }
    QVERIFY(store.create(1000));
    QVERIFY(store.create(1));
}

void TestUploadStore::secondConcurrentChunkOnSameUploadIsBusy()
{
    UploadStore store(m_directory);
    const QByteArray data = sampleData(20'000, 12);
    const QString id = created(store, data.size());
    {
        auto first = store.beginChunk(id, 0);
        QVERIFY(first);
        QVERIFY(first.value().write(data.constData(), 5000));

        // A reconnecting client that read the offset while the old request
        // still holds the upload, or a second client: refused, not mixed in.
        const auto second = store.beginChunk(id, 0);
        QVERIFY(!second);
        QCOMPARE(second.error().code, u"upload.busy"_s);
        QCOMPARE(store.finish(id).error().code, u"upload.busy"_s);
        QVERIFY(first.value().commit());
    }
    QVERIFY(uploadChunk(store, id, 5000, QByteArrayView(data).sliced(5000)));
    QCOMPARE(store.finish(id)->sha256Hex, sha256Hex(data));
}

void TestUploadStore::manyThreadsUploadDifferentIdsConcurrently()
{
    constexpr int Uploads = 8;
    UploadStore store(m_directory, UploadStore::Limits{1 << 30, Uploads});
    std::vector<QByteArray> data;
    std::vector<QString> ids;
    for (int i = 0; i < Uploads; ++i) {
        data.push_back(sampleData(400'000 + i * 1111, 100 + quint32(i)));
        ids.push_back(created(store, data.back().size()));
    }

    // QTest macros are not thread-safe: threads record, the test checks.
    std::vector<QString> failures(Uploads);
    std::vector<QByteArray> hashes(Uploads);
    std::atomic<int> ready = 0;
    std::vector<std::thread> threads;
    for (int i = 0; i < Uploads; ++i) {
        threads.emplace_back([&, i] {
            ++ready;
            while (ready < Uploads) // start together, to overlap as much as possible
                std::this_thread::yield();
            const QByteArray &bytes = data[size_t(i)];
            qint64 offset = 0;
            // Three chunks each; the middle writer is dropped without commit,
            // as when a connection breaks right after the last byte.
            for (const qint64 chunk : {qint64(100'000), qint64(150'000), bytes.size() - 250'000}) {
                const QString failure = sendChunkFromThread(store, ids[size_t(i)], offset,
                                                            QByteArrayView(bytes).sliced(offset, chunk),
                                                            chunk != 150'000);
                offset += chunk;
                const auto status = store.status(ids[size_t(i)]);
                if (failure.isEmpty() && (!status || status->offset != offset))
                    failures[size_t(i)] = u"the offset is not what was sent"_s;
                else
                    failures[size_t(i)] = failure;
                if (!failures[size_t(i)].isEmpty())
                    return;
            }
            const auto finished = store.finish(ids[size_t(i)]);
            if (!finished) {
                failures[size_t(i)] = describe(finished.error());
                return;
            }
            hashes[size_t(i)] = finished->sha256Hex;
        });
    }
    for (std::thread &thread : threads)
        thread.join();

    for (int i = 0; i < Uploads; ++i) {
        QVERIFY2(failures[size_t(i)].isEmpty(), qPrintable(failures[size_t(i)]));
        QCOMPARE(hashes[size_t(i)], sha256Hex(data[size_t(i)]));
    }
}

void TestUploadStore::maxOpenUploadsIsEnforced()
{
    UploadStore store(m_directory, UploadStore::Limits{1 << 20, 2});
    const QString a = created(store, 10);
    const QString b = created(store, 10);
    const auto third = store.create(10);
    QVERIFY(!third);
    QCOMPARE(third.error().code, u"upload.too-many-open"_s);

    // Cancelled and finished uploads no longer hold a place.
    QVERIFY(store.cancel(a));
    const QString c = created(store, 10);
    QCOMPARE(store.create(10).error().code, u"upload.too-many-open"_s);
    QVERIFY(uploadChunk(store, b, 0, "0123456789"));
    QVERIFY(store.finish(b));
    QVERIFY(store.create(10));
    QCOMPARE(store.create(10).error().code, u"upload.too-many-open"_s);
    QCOMPARE(store.list().size(), 4);
    QCOMPARE(store.list().first().id, a); // oldest first
    Q_UNUSED(c);
}

void TestUploadStore::abandonedUploadsGiveUpTheirPlace()
{
    // With no patience at all, an idle upload is given up as soon as a new
    // one needs its place; one being written to is never taken.
    UploadStore::Limits limits{1 << 20, 2};
    limits.abandonAfter = std::chrono::seconds(-1);
    UploadStore store(m_directory, limits);
    const QString idle = created(store, 10);
    const QString writing = created(store, 10);
    auto writer = store.beginChunk(writing, 0);
    QVERIFY(writer);
    QVERIFY(writer.value().write("01234", 5));
    const auto next = store.create(10);
    QVERIFY2(next, qPrintable(next ? QString() : next.error().message));
    QVERIFY(store.status(idle).value().cancelled);
    QVERIFY(!QFile::exists(QDir(m_directory).filePath(idle + u".part"_s)));
    QVERIFY(!store.status(writing).value().cancelled);
    QVERIFY(writer.value().commit());

    // With the default patience of an hour nothing is given up.
    UploadStore patient(m_directory + u"/patient"_s, UploadStore::Limits{1 << 20, 1});
    const QString first = created(patient, 10);
    QCOMPARE(patient.create(10).error().code, u"upload.too-many-open"_s);
    QVERIFY(!patient.status(first).value().cancelled);
}

void TestUploadStore::writeFailureKeepsUploadResumableFromLastGoodOffset()
{
#ifdef Q_OS_LINUX
    // A file size limit makes the disk "full" at a byte of our choosing:
    // write() fails with EFBIG, part-way through a buffer.
    UploadStore store(m_directory);
    const QByteArray data = sampleData(1'000'000, 13);
    const QString id = created(store, data.size());

    rlimit original = {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &original), 0);
    if (original.rlim_max != RLIM_INFINITY && original.rlim_max < rlim_t(data.size()))
        QSKIP("the hard file size limit is too low for this test");
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    const auto restore = qScopeGuard([&] {
        ::setrlimit(RLIMIT_FSIZE, &original);
        std::signal(SIGXFSZ, previousHandler);
    });
    rlimit limited = original;
    limited.rlim_cur = 300'000;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);

    qint64 lastGood = -1;
    {
        auto writer = store.beginChunk(id, 0, data.size());
        QVERIFY(writer);
        QVERIFY(!writePieces(writer.value(), data));
        QCOMPARE(writer.value().error().code, u"upload.write-failed"_s);
        lastGood = serverOffset(store, id);
        QVERIFY(lastGood > 0 && lastGood <= 300'000);
        // The reason from the OS and the offset to resume from.
        QVERIFY2(writer.value().error().message.contains(QString::number(lastGood)),
                 qPrintable(writer.value().error().message));
        QCOMPARE(writer.value().commit().error().code, u"upload.write-failed"_s);
    }
    // The half-written buffer was cut off again: file, offset and hash agree.
    QCOMPARE(QFileInfo(QDir(m_directory).filePath(id + u".part"_s)).size(), lastGood);

    // Room again: resume from the last good offset.
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &original), 0);
    QVERIFY(uploadChunk(store, id, lastGood, QByteArrayView(data).sliced(lastGood)));
    const auto finished = store.finish(id);
    QVERIFY(finished);
    QCOMPARE(finished->sha256Hex, sha256Hex(data));
#else
    QSKIP("needs RLIMIT_FSIZE to simulate a full disk");
#endif
}

void TestUploadStore::createdTimeComesFromInjectedClock()
{
    // The emulator's clock may run accelerated (DESIGN §4).
    const QDateTime simulated(QDate(2031, 5, 6), QTime(7, 8, 9), Qt::UTC);
    UploadStore store(m_directory, UploadStore::Limits{}, [simulated] { return simulated; });
    const QString id = created(store, 10);
    QCOMPARE(store.status(id)->created, simulated);
}

void TestUploadStore::removeStaleFilesDeletesOnlyUnknownUploadFiles()
{
    UploadStore store(m_directory);
    const QString known = created(store, 10);
    const QDir dir(m_directory);
    const QString stalePart = u"00000000000000000000000000000000.part"_s;
    const QString stalePackage = u"11111111111111111111111111111111.pkg"_s;
    const QStringList foreign{u"notes.txt"_s, u"ABCDEF00000000000000000000000000.part"_s,
                              u"22222222222222222222222222222222.part.bak"_s};
    for (const QString &name : QStringList{stalePart, stalePackage} + foreign) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    QCOMPARE(store.removeStaleFiles(), 2);
    QVERIFY(!dir.exists(stalePart));
    QVERIFY(!dir.exists(stalePackage));
    QVERIFY(dir.exists(known + u".part"_s));
    for (const QString &name : foreign)
        QVERIFY2(dir.exists(name), qPrintable(name));
}

void TestUploadStore::writerOutlivingStoreIsSafe()
{
    // httplib may still be reading a body while the emulator shuts down.
    std::optional<UploadStore::Writer> writer;
    const QByteArray data = sampleData(1000, 14);
    {
        UploadStore store(m_directory);
        const QString id = created(store, data.size());
        auto begun = store.beginChunk(id, 0);
        QVERIFY(begun);
        writer.emplace(std::move(begun).value());
    }
    QVERIFY(writer->write(data.constData(), 500));
    QCOMPARE(writer->commit().value(), 500);
}

void TestUploadStore::httplibContentReaderStreamsChunksIntoStore()
{
    UploadStore store(m_directory);
    const QByteArray data = sampleData(2'000'000, 15);
    const QString id = created(store, data.size());
    LoopbackServer server(store, [](bool, qint64) {});
    QVERIFY(server.port() > 0);

    qint64 offset = 0;
    for (const qint64 chunk : {qint64(700'000), qint64(700'000), qint64(600'000)}) {
        const httplib::Result response = postChunk(server.port(), id, offset, data.mid(offset, chunk));
        QVERIFY2(response, httplib::to_string(response.error()).c_str());
        QCOMPARE(response->status, 200);
        offset += chunk;
        QCOMPARE(response->body, std::to_string(offset));
    }
    // A replayed chunk is refused with the code the client resumes from.
    const httplib::Result replay = postChunk(server.port(), id, 0, data.first(10));
    QVERIFY(replay);
    QCOMPARE(replay->status, 409);
    QCOMPARE(replay->body, std::string("upload.offset-mismatch"));

    QCOMPARE(store.finish(id)->sha256Hex, sha256Hex(data));
}

void TestUploadStore::httplibConnectionCutMidChunkKeepsBytesThatArrived()
{
#ifdef Q_OS_UNIX
    UploadStore store(m_directory);
    const QByteArray data = sampleData(1'000'000, 16);
    const QString id = created(store, data.size());
    std::promise<std::pair<bool, qint64>> cut;
    std::atomic<bool> first = true;
    LoopbackServer server(store, [&](bool complete, qint64 offset) {
        if (first.exchange(false))
            cut.set_value({complete, offset});
    });
    QVERIFY(server.port() > 0);

    // A client announces 600,000 bytes, sends 250,000 and its connection
    // dies: the server sees the end of the stream mid-body.
    const int socketFd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(socketFd >= 0);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(server.port()));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(socketFd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
    const QByteArray request = "POST /upload/" + id.toLatin1()
                               + "/?offset=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                 "Content-Type: application/octet-stream\r\n"
                                 "Content-Length: 600000\r\n\r\n"
                               + data.first(250'000);
    qsizetype sent = 0;
    while (sent < request.size()) {
        const auto n = ::send(socketFd, request.constData() + sent, size_t(request.size() - sent), 0);
        QVERIFY(n > 0);
        sent += n;
    }
    ::close(socketFd);

    // A hang guard, not a timing assertion: the server notices at once.
    auto outcome = cut.get_future();
    QCOMPARE(outcome.wait_for(std::chrono::seconds(60)), std::future_status::ready);
    const auto [complete, committed] = outcome.get();
    QVERIFY(!complete);
    QCOMPARE(committed, 250'000);
    QCOMPARE(serverOffset(store, id), 250'000);

    // The client reads the offset and resumes from there.
    const httplib::Result rest = postChunk(server.port(), id, 250'000, data.sliced(250'000));
    QVERIFY2(rest, httplib::to_string(rest.error()).c_str());
    QCOMPARE(rest->status, 200);
    QCOMPARE(store.finish(id)->sha256Hex, sha256Hex(data));
#else
    QSKIP("uses a POSIX socket to cut the connection");
#endif
}

QTEST_GUILESS_MAIN(TestUploadStore)
#include "tst_uploadstore.moc"
