#pragma once

// An upload that has not started an upgrade yet — cut short, or uploaded
// and validated but declined at the confirmation — remembered per deployment
// (one file per Management Node in the user's data, shared by
// upgrade-console and upgradectl): after a restart of the console, of
// upgradectl or of the workstation, uploading the same file again continues
// the node's upload from the offset the node has (a whole one is only
// validated again), instead of sending the whole file again and leaving the
// first behind (taking one of the node's open-upload places). "The same
// file" is its path, size, modification time and the SHA-256 of its first
// MiB. One that cannot be continued (the file changed, the node forgot it)
// is cancelled on the node; one that started an upgrade is forgotten.

#include "core/domain/result.h"
#include "core/storage/deploymentfiles.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <optional>

namespace iuc::api {
class ManagementClient;
class Uploader;
} // namespace iuc::api

namespace iuc {

struct UnfinishedUpload
{
    QString uploadId;
    QString path;
    qint64 size = 0;
    QDateTime modified;
    QByteArray headSha256; // hex, of the first MiB

    // The file at `path` now: size, time and head; empty id.
    static std::optional<UnfinishedUpload> describe(const QString &path);
    [[nodiscard]] bool isSameFileAs(const UnfinishedUpload &other) const;
};

class UnfinishedUploads final
{
public:
    // <user data>/<organization>/unfinished-uploads
    static QString defaultDirectory();
    UnfinishedUploads(const QString &directory, const QUrl &baseUrl);

    [[nodiscard]] std::optional<UnfinishedUpload> load() const;
    Result<void> remember(const UnfinishedUpload &upload);
    void forget();

    // Remembers `uploader`'s upload as soon as the node names it, forgets
    // it when cancelled; a failed or validated one stays to be continued.
    void follow(api::Uploader &uploader);
    // After the upgrade was started with `uploadId`: nothing to continue.
    void forgetStarted(const QString &uploadId);

private:
    DeploymentFiles m_files;
    QString m_key;
};

// What to do before uploading `path`: the id of the node's partial upload
// of this very file, to continue, or empty to start afresh. A remembered
// partial that cannot be continued is cancelled on the node and forgotten.
// `offset` (when given) receives the node's offset of the one continued.
QCoro::Task<QString> continuableUpload(api::ManagementClient &client, UnfinishedUploads &memory, QString path,
                                       qint64 *offset = nullptr);

} // namespace iuc
