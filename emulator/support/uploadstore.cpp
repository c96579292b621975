#include "emulator/support/uploadstore.h"

#include "core/api/apierrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringBuilder>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <mutex>
#include <optional>

using namespace Qt::StringLiterals;

namespace iuc::sim {

namespace {

// Messages are translatable under the context "UploadStore".
class Text final
{
    Q_DECLARE_TR_FUNCTIONS(UploadStore)
};

struct MdContextDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using MdContextPtr = std::unique_ptr<EVP_MD_CTX, MdContextDeleter>;

// Body pieces from httplib are 4 KiB; gathering them saves a syscall per
// piece while keeping memory per open chunk small and fixed.
constexpr qint64 BufferSize = 256 * 1024;
constexpr int IdBytes = 16;
constexpr auto PartSuffix = ".part";
constexpr auto PackageSuffix = ".pkg";

const auto Owner0600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const auto Owner0700 = Owner0600 | QFileDevice::ExeOwner;

Error badId()
{
    // The rejected text is not quoted back: it may hold control characters
    // or be arbitrarily long.
    return Error{UploadError::BadId,
                 Text::tr("That is not an upload id. An upload id is 32 lower-case hexadecimal "
                          "characters, as returned when the upload was created.")};
}

Error unknown(const QString &id)
{
    return Error{UploadError::Unknown,
                 Text::tr("There is no upload %1. It may have been removed, or the server was "
                          "restarted since it was created; start the upload again.")
                     .arg(id)};
}

Error cancelledError(const QString &id)
{
    return Error{UploadError::Cancelled,
                 Text::tr("Upload %1 was cancelled. Start a new upload.").arg(id)};
}

Error finishedError(const QString &id)
{
    return Error{UploadError::Finished,
                 Text::tr("Upload %1 is already complete; it takes no more data.").arg(id)};
}

Error busyError(const QString &id)
{
    return Error{UploadError::Busy,
                 Text::tr("Another request is still writing to upload %1. Wait for it to end "
                          "(a broken connection is noticed within seconds), read the upload's "
                          "offset and continue from there.")
                     .arg(id)};
}

Error tooLarge(const QString &id, qint64 offset, qint64 length, qint64 totalSize)
{
    return Error{UploadError::TooLarge,
                 Text::tr("A chunk of %1 bytes at byte %2 would go past the end of upload %3, "
                          "which was announced as %4 bytes. Send at most %5 more bytes.")
                     .arg(length)
                     .arg(offset)
                     .arg(id)
                     .arg(totalSize)
                     .arg(totalSize - offset)};
}

Error writeFailed(const QString &id, qint64 offset, const QString &reason)
{
    return Error{UploadError::WriteFailed,
                 Text::tr("Could not store upload %1 at byte %2: %3. Free disk space on the "
                          "server or fix the cause, then resume the upload from byte %2.")
                     .arg(id)
                     .arg(offset)
                     .arg(reason)};
}

std::optional<QString> randomId()
{
    unsigned char bytes[IdBytes];
    if (RAND_bytes(bytes, IdBytes) != 1)
        return std::nullopt;
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), IdBytes).toHex());
}

// Creates the directory private to us; an existing one is left as it is
// (it may be a directory the user chose and shares).
bool ensureDirectory(const QString &directory)
{
    if (QFileInfo(directory).isDir())
        return true;
    return QDir().mkpath(directory) && QFile::setPermissions(directory, Owner0700);
}

} // namespace

struct UploadStore::Upload
{
    QString id;
    qint64 totalSize = 0;
    qint64 offset = 0; // bytes on disk and in `hash`
    quint64 sequence = 0;
    bool finished = false;
    bool cancelled = false;
    bool busy = false; // a Writer or nobody owns `file` and `hash`
    QDateTime created;
    std::chrono::steady_clock::time_point lastActivity = std::chrono::steady_clock::now();
    QString partPath;
    QString packagePath;
    MdContextPtr hash;     // SHA-256 over bytes [0, offset), fed as they are written
    QByteArray sha256Hex;  // once finished
    // Only while a Writer holds the upload: made and dropped on the request
    // thread (a QFile is a QObject, best kept to the thread that uses it).
    std::unique_ptr<QFile> file;
};

// Everything under `mutex`, except `file` and `hash` of a busy upload: those
// belong to its Writer, which does the slow part (disk writes, hashing)
// without the lock.
struct UploadStore::State
{
    QString directory;
    Limits limits;
    Clock clock;
    std::mutex mutex;
    QHash<QString, std::shared_ptr<Upload>> uploads;
    quint64 nextSequence = 0;
    qint64 bytesStored = 0; // every upload's, since the store was made
};

namespace {

// `auto`: Upload is private to UploadStore and cannot be named out here.
UploadStore::Status statusOf(const auto &upload)
{
    return UploadStore::Status{upload.id,       upload.totalSize, upload.offset,
                               upload.finished, upload.cancelled, upload.created};
}

UploadStore::Finished finishedOf(const auto &upload)
{
    return UploadStore::Finished{upload.id, upload.packagePath, upload.totalSize, upload.sha256Hex};
}

} // namespace

// ---------------------------------------------------------------- Writer

UploadStore::Writer::Writer(std::shared_ptr<State> state, std::shared_ptr<Upload> upload,
                            qint64 offset, qint64 totalSize)
    : m_state(std::move(state)),
      m_upload(std::move(upload)),
      m_offset(offset),
      m_totalSize(totalSize)
{
}

UploadStore::Writer::Writer(Writer &&other) noexcept = default;

UploadStore::Writer &UploadStore::Writer::operator=(Writer &&other) noexcept
{
    if (this != &other) {
        release();
        m_state = std::move(other.m_state);
        m_upload = std::move(other.m_upload);
        m_buffer = std::move(other.m_buffer);
        m_offset = other.m_offset;
        m_totalSize = other.m_totalSize;
        m_failed = other.m_failed;
        m_error = std::move(other.m_error);
    }
    return *this;
}

UploadStore::Writer::~Writer()
{
    release();
}

bool UploadStore::Writer::write(const char *data, size_t length)
{
    if (!m_upload || m_failed)
        return false;
    const qint64 pending = m_offset + m_buffer.size();
    if (length > static_cast<size_t>(m_totalSize - pending)) {
        // What came before this piece is good data: keep it.
        flushBuffer();
        if (!m_failed)
            fail(tooLarge(m_upload->id, pending, static_cast<qint64>(length), m_totalSize));
        return false;
    }
    const auto size = static_cast<qint64>(length);
    if (m_buffer.size() + size > BufferSize && !flushBuffer())
        return false;
    if (size >= BufferSize)
        return writeThrough(data, size);
    if (m_buffer.capacity() < BufferSize)
        m_buffer.reserve(BufferSize);
    m_buffer.append(data, size);
    return true;
}

Result<qint64> UploadStore::Writer::commit()
{
    if (m_upload && !m_failed)
        flushBuffer();
    release();
    if (m_failed)
        return m_error;
    return m_offset;
}

bool UploadStore::Writer::flushBuffer()
{
    if (m_buffer.isEmpty())
        return true;
    const bool ok = writeThrough(m_buffer.constData(), m_buffer.size());
    m_buffer.resize(0); // keeps the capacity for the next pieces
    return ok;
}

// Writes, hashes and counts `length` bytes, or none of them: a failed or
// short write is cut back off the file, so the file, the hash and the offset
// always agree and the upload stays resumable from the offset.
bool UploadStore::Writer::writeThrough(const char *data, qint64 length)
{
    Upload &upload = *m_upload;
    {
        const std::lock_guard lock(m_state->mutex);
        if (upload.cancelled) {
            fail(cancelledError(upload.id));
            return false;
        }
    }
    qint64 done = 0;
    while (done < length) {
        const qint64 written = upload.file->write(data + done, length - done);
        if (written <= 0) {
            const QString reason = upload.file->errorString();
            upload.file->resize(m_offset); // best effort; beginChunk trims too
            fail(writeFailed(upload.id, m_offset, reason));
            return false;
        }
        done += written;
    }
    if (EVP_DigestUpdate(upload.hash.get(), data, static_cast<size_t>(length)) != 1) {
        upload.file->resize(m_offset);
        fail(writeFailed(upload.id, m_offset, Text::tr("the checksum could not be updated")));
        return false;
    }
    m_offset += length;
    const std::lock_guard lock(m_state->mutex);
    upload.offset = m_offset;
    m_state->bytesStored += length;
    return true;
}

qint64 UploadStore::bytesStored() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->bytesStored;
}

int UploadStore::beingWritten() const
{
    const std::lock_guard lock(m_state->mutex);
    return static_cast<int>(std::count_if(m_state->uploads.cbegin(), m_state->uploads.cend(),
                                          [](const std::shared_ptr<Upload> &u) { return u->busy; }));
}

void UploadStore::Writer::fail(Error error)
{
    m_failed = true;
    m_error = std::move(error);
}

void UploadStore::Writer::release()
{
    if (!m_upload)
        return;
    // A dropped writer is a broken connection: what arrived is kept.
    if (!m_failed)
        flushBuffer();
    m_buffer = QByteArray();

    // Declared before the lock: if the store is gone, these are the last
    // references, and the mutex must be unlocked before it is destroyed.
    const std::shared_ptr<State> state = std::move(m_state);
    const std::shared_ptr<Upload> upload = std::move(m_upload);
    const std::lock_guard lock(state->mutex);
    upload->file.reset();
    upload->busy = false;
    upload->lastActivity = std::chrono::steady_clock::now();
    if (upload->cancelled) { // cancel() came while we wrote; it left the file to us
        QFile::remove(upload->partPath);
        upload->hash.reset();
    }
}

// ----------------------------------------------------------- UploadStore

UploadStore::UploadStore(QString directory) : UploadStore(std::move(directory), Limits{}) {}

UploadStore::UploadStore(QString directory, Limits limits, Clock clock)
    : m_state(std::make_shared<State>())
{
    m_state->directory = std::move(directory);
    m_state->limits = limits;
    m_state->clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

UploadStore::~UploadStore() = default;

bool UploadStore::isValidId(QStringView id)
{
    if (id.size() != IdBytes * 2)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

QString UploadStore::directory() const
{
    return m_state->directory;
}

Result<QString> UploadStore::create(qint64 totalSize)
{
    const Limits &limits = m_state->limits;
    if (totalSize <= 0 || totalSize > limits.maxTotalSize) {
        return Error{totalSize <= 0 ? UploadError::BadSize : UploadError::TooLarge,
                     Text::tr("An upload of %1 bytes cannot be accepted: the size must be between "
                              "1 and %2 bytes.")
                         .arg(totalSize)
                         .arg(limits.maxTotalSize)};
    }

    const std::lock_guard lock(m_state->mutex);
    const auto idleSince = std::chrono::steady_clock::now() - limits.abandonAfter;
    for (const auto &u : std::as_const(m_state->uploads)) {
        if (!u->finished && !u->cancelled && !u->busy && u->lastActivity < idleSince) {
            u->cancelled = true; // abandoned: its client never came back
            QFile::remove(u->partPath);
            u->hash.reset();
        }
    }
    const auto open = std::count_if(m_state->uploads.cbegin(), m_state->uploads.cend(),
                                    [](const auto &u) { return !u->finished && !u->cancelled; });
    if (open >= limits.maxOpenUploads) {
        return Error{UploadError::TooManyOpen,
                     Text::tr("%1 uploads are already in progress, the most this server allows. "
                              "Finish or cancel one of them first.")
                         .arg(open)};
    }
    const QString &directory = m_state->directory;
    if (!ensureDirectory(directory)) {
        return Error{UploadError::WriteFailed,
                     Text::tr("Could not create the upload directory \"%1\". Check that the server "
                              "may write there.")
                         .arg(QDir::toNativeSeparators(directory))};
    }

    auto upload = std::make_shared<Upload>();
    const QDir dir(directory);
    // A clash of 128 random bits is not expected; the loop only makes sure.
    for (int attempt = 0; attempt < 4 && upload->id.isEmpty(); ++attempt) {
        const std::optional<QString> id = randomId();
        if (!id)
            break;
        const QString partPath = dir.filePath(*id + QLatin1StringView(PartSuffix));
        const QString packagePath = dir.filePath(*id + QLatin1StringView(PackageSuffix));
        if (m_state->uploads.contains(*id) || QFileInfo::exists(partPath)
            || QFileInfo::exists(packagePath))
            continue;
        upload->id = *id;
        upload->partPath = partPath;
        upload->packagePath = packagePath;
    }
    upload->hash.reset(EVP_MD_CTX_new());
    if (upload->id.isEmpty() || !upload->hash
        || EVP_DigestInit_ex(upload->hash.get(), EVP_sha256(), nullptr) != 1) {
        return Error{UploadError::WriteFailed,
                     Text::tr("Could not start an upload: the server's random number generator "
                              "or checksum failed.")};
    }

    // NewOnly: never adopt a file someone else put there.
    QFile file(upload->partPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, Owner0600))
        return writeFailed(upload->id, 0, file.errorString());
    file.close();

    upload->totalSize = totalSize;
    upload->created = m_state->clock();
    upload->sequence = m_state->nextSequence++;
    m_state->uploads.insert(upload->id, upload);
    return upload->id;
}

Result<std::shared_ptr<UploadStore::Upload>> UploadStore::lookup(const State &state, const QString &id)
{
    // Ids are checked before they name anything: no path is ever built from
    // a string that is not 32 hex digits.
    if (!isValidId(id))
        return badId();
    std::shared_ptr<Upload> upload = state.uploads.value(id);
    if (!upload)
        return unknown(id);
    return upload;
}

Result<UploadStore::Status> UploadStore::status(const QString &id) const
{
    const std::lock_guard lock(m_state->mutex);
    const auto found = lookup(*m_state, id);
    if (!found)
        return found.error();
    const std::shared_ptr<Upload> &upload = found.value();
    return statusOf(*upload);
}

QList<UploadStore::Status> UploadStore::list() const
{
    std::vector<std::pair<quint64, Status>> all;
    {
        const std::lock_guard lock(m_state->mutex);
        for (const auto &upload : std::as_const(m_state->uploads))
            all.emplace_back(upload->sequence, statusOf(*upload));
    }
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Status> out;
    out.reserve(static_cast<qsizetype>(all.size()));
    for (auto &entry : all)
        out.append(std::move(entry.second));
    return out;
}

Result<UploadStore::Writer> UploadStore::beginChunk(const QString &id, qint64 offset,
                                                    qint64 declaredLength)
{
    const std::lock_guard lock(m_state->mutex);
    const auto found = lookup(*m_state, id);
    if (!found)
        return found.error();
    const std::shared_ptr<Upload> &upload = found.value();
    if (upload->cancelled)
        return cancelledError(id);
    if (upload->finished)
        return finishedError(id);
    if (upload->busy)
        return busyError(id);
    if (offset != upload->offset) {
        return Error{UploadError::OffsetMismatch,
                     Text::tr("The chunk starts at byte %1, but the server holds %2 bytes of "
                              "upload %3. Continue from byte %2.")
                         .arg(offset)
                         .arg(upload->offset)
                         .arg(id)};
    }
    if (declaredLength > upload->totalSize - offset)
        return tooLarge(id, offset, declaredLength, upload->totalSize);

    // ExistingOnly: if the partial file vanished, say so rather than
    // silently starting a new one that would not match the offset.
    auto file = std::make_unique<QFile>(upload->partPath);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered
                    | QIODevice::ExistingOnly))
        return writeFailed(id, offset, file->errorString());
    const qint64 onDisk = file->size();
    if (onDisk < offset) {
        return writeFailed(id, offset,
                           Text::tr("the partial file holds only %1 bytes; it was changed "
                                    "outside the server. Cancel this upload and start again")
                               .arg(onDisk));
    }
    // Longer than counted: bytes of an earlier write that failed half-way.
    if (onDisk > offset && !file->resize(offset))
        return writeFailed(id, offset, file->errorString());
    upload->file = std::move(file);
    upload->busy = true;
    upload->lastActivity = std::chrono::steady_clock::now();
    return Writer(m_state, upload, offset, upload->totalSize);
}

Result<UploadStore::Finished> UploadStore::finish(const QString &id, FinishMode mode)
{
    const std::lock_guard lock(m_state->mutex);
    const auto found = lookup(*m_state, id);
    if (!found)
        return found.error();
    const std::shared_ptr<Upload> &upload = found.value();
    if (upload->finished)
        return finishedOf(*upload);
    if (upload->cancelled)
        return cancelledError(id);
    if (upload->busy)
        return busyError(id);
    if (mode == FinishMode::TakeWrittenSize && upload->offset > 0)
        upload->totalSize = upload->offset;
    if (upload->offset != upload->totalSize) {
        return Error{UploadError::Incomplete,
                     Text::tr("Upload %1 is incomplete: the server holds %2 of %3 bytes; %4 bytes "
                              "are missing. Send them from byte %2, then finish again.")
                         .arg(id)
                         .arg(upload->offset)
                         .arg(upload->totalSize)
                         .arg(upload->totalSize - upload->offset)};
    }
    const qint64 onDisk = QFileInfo(upload->partPath).size();
    if (onDisk != upload->offset) {
        return writeFailed(id, upload->offset,
                           Text::tr("the partial file holds %1 bytes; it was changed outside the "
                                    "server. Cancel this upload and start again")
                               .arg(onDisk));
    }

    // Final on a copy: if the rename below fails, the upload can still be
    // finished later with its hash state intact.
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    const MdContextPtr copy(EVP_MD_CTX_new());
    if (!copy || EVP_MD_CTX_copy_ex(copy.get(), upload->hash.get()) != 1
        || EVP_DigestFinal_ex(copy.get(), digest, &digestLength) != 1) {
        return writeFailed(id, upload->offset, Text::tr("the checksum could not be computed"));
    }

    QFile::remove(upload->packagePath); // none expected; rename will not overwrite
    QFile part(upload->partPath);
    if (!part.rename(upload->packagePath))
        return writeFailed(id, upload->offset, part.errorString());

    upload->sha256Hex = QByteArray(reinterpret_cast<const char *>(digest),
                                   static_cast<qsizetype>(digestLength))
                            .toHex();
    upload->finished = true;
    upload->hash.reset();
    return finishedOf(*upload);
}

Result<UploadStore::Finished> UploadStore::finished(const QString &id) const
{
    const std::lock_guard lock(m_state->mutex);
    const auto found = lookup(*m_state, id);
    if (!found)
        return found.error();
    const std::shared_ptr<Upload> &upload = found.value();
    if (upload->cancelled)
        return cancelledError(id);
    if (!upload->finished) {
        return Error{UploadError::Incomplete,
                     Text::tr("Upload %1 has not been finished yet (%2 of %3 bytes received).")
                         .arg(id)
                         .arg(upload->offset)
                         .arg(upload->totalSize)};
    }
    return finishedOf(*upload);
}

Result<void> UploadStore::cancel(const QString &id)
{
    const std::lock_guard lock(m_state->mutex);
    const auto found = lookup(*m_state, id);
    if (!found)
        return found.error();
    const std::shared_ptr<Upload> &upload = found.value();
    if (upload->finished) {
        return Error{UploadError::Finished,
                     Text::tr("Upload %1 is already complete and cannot be cancelled.").arg(id)};
    }
    if (upload->cancelled)
        return ResultOk;
    upload->cancelled = true;
    // A busy upload's file and hash belong to its Writer, which deletes
    // them when it lets go.
    if (!upload->busy) {
        QFile::remove(upload->partPath);
        upload->hash.reset();
    }
    return ResultOk;
}

void UploadStore::removeFinished(const QString &id)
{
    if (!isValidId(id))
        return;
    const std::lock_guard lock(m_state->mutex);
    const auto upload = m_state->uploads.value(id);
    if (!upload || upload->busy || !(upload->finished || upload->cancelled))
        return;
    if (upload->finished)
        QFile::remove(upload->packagePath);
    m_state->uploads.remove(id);
}

int UploadStore::removeStaleFiles()
{
    const std::lock_guard lock(m_state->mutex);
    const QDir dir(m_state->directory);
    const QStringList names = dir.entryList(
        {u"*"_s + QLatin1StringView(PartSuffix), u"*"_s + QLatin1StringView(PackageSuffix)},
        QDir::Files | QDir::Hidden);
    int removed = 0;
    for (const QString &name : names) {
        const QString id = name.section(u'.', 0, 0);
        // Only names this store could have made; anything else is not ours.
        if (!isValidId(id) || name.size() - id.size() > 5 || m_state->uploads.contains(id))
            continue;
        if (QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

} // namespace iuc::sim
