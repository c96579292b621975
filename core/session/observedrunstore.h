#pragma once

// Keeps the console's own record of a deployment's runs (api::RunObserver)
// on disk, one file per Management Node (by its address) in the user's data,
// shared by upgrade-console and upgradectl: a console restarted mid-run, or
// an upgradectl started after the console, carries on with the record
// instead of starting a new one. Written atomically whenever it changes.

#include "core/api/runobserver.h"
#include "core/domain/result.h"
#include "core/storage/deploymentfiles.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace iuc::api {
class DeploymentPoller;
}

namespace iuc {

class ObservedRunStore final
{
public:
    // <user data>/<organization>/observed-runs
    static QString defaultDirectory();

    ObservedRunStore(api::RunObserver &observer, const QString &directory, const QUrl &baseUrl);

    // Reads the record into the observer. No file is no record. A file this
    // build cannot read is moved aside (<key>.json.unreadable, nothing lost)
    // and the error says where; the observer then starts empty.
    Result<void> load();
    // Writes the observer's record.
    Result<void> save();
    // Writes it whenever `poller` says it changed (DeploymentPoller::
    // runObserved). A failure goes to `onFailure` once, and again only after
    // a write succeeded in between: the record stays in memory meanwhile.
    void keepWritten(api::DeploymentPoller &poller, std::function<void(const Error &)> onFailure);

    [[nodiscard]] QString path() const;

private:
    api::RunObserver &m_observer;
    DeploymentFiles m_files;
    QString m_key;
    QObject m_connections; // keepWritten()'s, gone with the store
    bool m_failing = false;
};

} // namespace iuc
