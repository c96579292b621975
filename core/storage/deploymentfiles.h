#pragma once

// Files the console keeps per deployment — the guided upgrade's saved
// progress today — one per Management Node (keyed by its address) in one
// folder of the user's data, shared by upgrade-console and upgradectl.
// Written atomically: a crash while writing leaves the previous file. A lock
// per deployment keeps two programs from working on the same one at once.

#include "core/domain/result.h"

#include <QByteArray>
#include <QLockFile>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace iuc {

// Holds the lock of one deployment while it lives.
class DeploymentLock final
{
public:
    explicit DeploymentLock(const QString &path);
    [[nodiscard]] bool tryLock();
    // Who holds it, for a refusal: "upgradectl (process 1234 on host)".
    [[nodiscard]] QString holder() const;

private:
    std::unique_ptr<QLockFile> m_file;
};

class DeploymentFiles final
{
public:
    // <user data>/<organization>/<kind>, e.g. …/guided-upgrades
    static QString dataDirectory(const QString &kind);
    explicit DeploymentFiles(QString directory);

    // "mgmt.example.com_443": a file name for a Management Node's address.
    static QString keyFor(const QUrl &baseUrl);

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString pathFor(const QString &key) const; // <directory>/<key>.json

    // Nothing (no file yet), the file's bytes, or storage.unreadable.
    [[nodiscard]] Result<std::optional<QByteArray>> read(const QString &key, qint64 maxBytes = 1 << 20) const;
    // Atomically; storage.write-failed with details "path" and "reason".
    [[nodiscard]] Result<void> write(const QString &key, const QByteArray &bytes) const;
    [[nodiscard]] Result<void> remove(const QString &key) const;
    // The deployment's lock, or storage.locked with details "holder".
    [[nodiscard]] Result<std::shared_ptr<DeploymentLock>> lock(const QString &key) const;

private:
    QString m_directory;
};

} // namespace iuc
