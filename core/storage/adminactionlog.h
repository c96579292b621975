#pragma once

// The record of what the admin did to a deployment's nodes through this
// workstation (AdminAction: calls disconnected, nodes rebooted), so that a
// run's report says which calls the admin ended and which nodes the admin
// restarted (R4, R9). One file per Management Node (by its address) in the
// user's data, shared by upgrade-console and upgradectl, written atomically
// on each action.

#include "core/domain/adminaction.h"
#include "core/domain/result.h"
#include "core/storage/deploymentfiles.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace iuc {

class AdminActionLog final
{
public:
    // <user data>/<organization>/admin-actions
    static QString defaultDirectory();
    // Older actions are dropped beyond this many (a report covers recent runs).
    static constexpr int MaxKept = 5000;

    AdminActionLog(const QString &directory, const QUrl &baseUrl);

    // Every action on record, oldest first; none without a file. A file this
    // build cannot read is storage.unreadable (it is left as it is).
    [[nodiscard]] Result<QList<AdminAction>> load() const;
    // Adds `action` to the record (read, append, write atomically).
    Result<void> append(const AdminAction &action) const;

    [[nodiscard]] QString path() const;

private:
    DeploymentFiles m_files;
    QString m_key;
};

} // namespace iuc
