#include "core/session/unfinishedupload.h"

#include "core/api/managementclient.h"
#include "core/api/upgradestart.h"
#include "core/api/uploader.h"
#include "core/domain/logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

constexpr qint64 kHeadBytes = 1 << 20;

} // namespace

std::optional<UnfinishedUpload> UnfinishedUpload::describe(const QString &path)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    UnfinishedUpload u;
    u.path = info.absoluteFilePath();
    u.size = info.size();
    u.modified = info.lastModified().toUTC();
    u.headSha256 = QCryptographicHash::hash(file.read(kHeadBytes), QCryptographicHash::Sha256).toHex();
    return u;
}

bool UnfinishedUpload::isSameFileAs(const UnfinishedUpload &other) const
{
    return path == other.path && size == other.size && modified == other.modified && headSha256 == other.headSha256;
}

QString UnfinishedUploads::defaultDirectory()
{
    return DeploymentFiles::dataDirectory(u"unfinished-uploads"_s);
}

UnfinishedUploads::UnfinishedUploads(const QString &directory, const QUrl &baseUrl)
    : m_files(directory)
    , m_key(DeploymentFiles::keyFor(baseUrl))
{
}

std::optional<UnfinishedUpload> UnfinishedUploads::load() const
{
    const Result<std::optional<QByteArray>> bytes = m_files.read(m_key);
    if (!bytes || !bytes.value())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(**bytes).object();
    UnfinishedUpload u;
    u.uploadId = o.value(u"upload_id"_s).toString();
    u.path = o.value(u"path"_s).toString();
    u.size = o.value(u"size"_s).toInteger();
    u.modified = QDateTime::fromString(o.value(u"modified"_s).toString(), Qt::ISODateWithMs);
    u.headSha256 = o.value(u"head_sha256"_s).toString().toLatin1();
    if (u.uploadId.isEmpty() || u.path.isEmpty())
        return std::nullopt;
    return u;
}

Result<void> UnfinishedUploads::remember(const UnfinishedUpload &u)
{
    const QJsonObject o{{u"upload_id"_s, u.uploadId},
                        {u"path"_s, u.path},
                        {u"size"_s, u.size},
                        {u"modified"_s, u.modified.toString(Qt::ISODateWithMs)},
                        {u"head_sha256"_s, QString::fromLatin1(u.headSha256)}};
    return m_files.write(m_key, QJsonDocument(o).toJson());
}

void UnfinishedUploads::forget()
{
    (void)m_files.remove(m_key);
}

void UnfinishedUploads::follow(api::Uploader &uploader)
{
    QObject::connect(&uploader, &api::Uploader::uploadNamed, &uploader, [this, &uploader](const QString &id) {
        std::optional<UnfinishedUpload> u = UnfinishedUpload::describe(uploader.filePath());
        if (!u)
            return;
        u->uploadId = id;
        if (const Result<void> kept = remember(*u); !kept)
            qCWarning(lcUpload).noquote() << "the unfinished upload could not be remembered:" << kept.error().message;
    });
    QObject::connect(&uploader, &api::Uploader::stateChanged, &uploader, [this](api::Uploader::State state) {
        if (state == api::Uploader::State::Cancelled)
            forget();
    });
}

void UnfinishedUploads::forgetStarted(const QString &uploadId)
{
    if (const std::optional<UnfinishedUpload> u = load(); u && u->uploadId == uploadId)
        forget();
}

QCoro::Task<QString> continuableUpload(api::ManagementClient &client, UnfinishedUploads &memory, QString path,
                                       qint64 *offset)
{
    const std::optional<UnfinishedUpload> remembered = memory.load();
    if (!remembered)
        co_return QString();
    const std::optional<UnfinishedUpload> now = UnfinishedUpload::describe(path);
    const QString id = remembered->uploadId;
    Result<api::UploadStatus> status = co_await client.upload(id);
    if (status && api::uploadStateSaysStarted(status->state)) {
        memory.forget(); // it started an upgrade: nothing to continue
        co_return QString();
    }
    const bool known = status && status->state != u"cancelled"_s;
    if (known && now && now->isSameFileAs(*remembered)
        && (status->totalSize < 0 || status->totalSize == remembered->size) && status->offset <= remembered->size) {
        qCInfo(lcUpload).noquote() << "continuing upload" << id << "at byte" << status->offset;
        if (offset)
            *offset = status->offset;
        co_return id;
    }
    // Not this file any more, or not on the node: never leave it behind.
    if (known) {
        qCInfo(lcUpload).noquote() << "cancelling the partial upload" << id << "of another file";
        (void)co_await client.cancelUpload(id);
    }
    memory.forget();
    co_return QString();
}

} // namespace iuc
