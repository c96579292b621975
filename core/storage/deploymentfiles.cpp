#include "core/storage/deploymentfiles.h"

#include "core/domain/logging.h"
#include "core/storage/storageerrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace iuc {

DeploymentLock::DeploymentLock(const QString &path) : m_file(std::make_unique<QLockFile>(path))
{
    // Held for hours: only a lock whose process is gone is stale (a crash
    // must not keep the deployment locked), never one that is merely old.
    m_file->setStaleLockTime(0);
}

bool DeploymentLock::tryLock()
{
    return m_file->tryLock(0);
}

QString DeploymentLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_file->getLockInfo(&pid, &host, &app))
        return QCoreApplication::translate("DeploymentFiles", "another program");
    return QCoreApplication::translate("DeploymentFiles", "%1 (process %2 on %3)").arg(app).arg(pid).arg(host);
}

QString DeploymentFiles::dataDirectory(const QString &kind)
{
    QString org = QCoreApplication::organizationName();
    if (org.isEmpty())
        org = u"infinity-upgrade-console"_s;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/' + org + u'/' + kind;
}

DeploymentFiles::DeploymentFiles(QString directory) : m_directory(std::move(directory)) {}

QString DeploymentFiles::keyFor(const QUrl &baseUrl)
{
    QString key = u"%1_%2"_s.arg(baseUrl.host().toLower()).arg(baseUrl.port(baseUrl.scheme() == u"http" ? 80 : 443));
    static const QRegularExpression unsafe(u"[^a-z0-9._-]"_s);
    key.replace(unsafe, u"_"_s);
    return key;
}

QString DeploymentFiles::pathFor(const QString &key) const
{
    return QDir(m_directory).filePath(key + u".json"_s);
}

Result<std::optional<QByteArray>> DeploymentFiles::read(const QString &key, qint64 maxBytes) const
{
    QFile file(pathFor(key));
    if (!file.exists())
        return std::optional<QByteArray>();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{StorageError::Unreadable,
                     QCoreApplication::translate("DeploymentFiles", "Could not read %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()),
                     {{u"path"_s, file.fileName()}, {u"reason"_s, file.errorString()}}};
    }
    return std::optional<QByteArray>(file.read(maxBytes));
}

Result<void> DeploymentFiles::write(const QString &key, const QByteArray &bytes) const
{
    const auto failed = [](const QString &path, const QString &reason) {
        return Error{StorageError::WriteFailed,
                     QCoreApplication::translate("DeploymentFiles", "Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), reason),
                     {{u"path"_s, path}, {u"reason"_s, reason}}};
    };
    if (!QDir().mkpath(m_directory))
        return failed(m_directory, QCoreApplication::translate("DeploymentFiles", "the folder cannot be created"));
    QSaveFile file(pathFor(key));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
        return failed(file.fileName(), file.errorString());
    qCDebug(lcGuided).noquote() << "saved" << file.fileName();
    return ResultOk;
}

Result<void> DeploymentFiles::remove(const QString &key) const
{
    QFile file(pathFor(key));
    if (file.exists() && !file.remove()) {
        return Error{StorageError::WriteFailed,
                     QCoreApplication::translate("DeploymentFiles", "Could not remove %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()),
                     {{u"path"_s, file.fileName()}, {u"reason"_s, file.errorString()}}};
    }
    return ResultOk;
}

Result<std::shared_ptr<DeploymentLock>> DeploymentFiles::lock(const QString &key) const
{
    QDir().mkpath(m_directory);
    auto lock = std::make_shared<DeploymentLock>(QDir(m_directory).filePath(key + u".lock"_s));
    if (lock->tryLock())
        return lock;
    const QString holder = lock->holder();
    qCDebug(lcGuided).noquote() << "the deployment" << key << "is locked by" << holder;
    return Error{StorageError::Locked,
                 QCoreApplication::translate("DeploymentFiles", "This deployment is in use by %1.").arg(holder),
                 {{u"holder"_s, holder}}};
}

} // namespace iuc
