#pragma once

// Where the guided upgrade's progress is kept: one file per deployment in
// the user's data folder (core/storage/deploymentfiles.h), saved after every
// step, and the lock that keeps a second guided upgrade (another console, or
// upgradectl upgrade-path) off the same deployment.

#include "core/guided/guidedstate.h"
#include "core/storage/deploymentfiles.h"

#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace iuc::guided {

class GuidedStore final
{
public:
    // <user data>/<organization>/guided-upgrades
    static QString defaultDirectory();
    explicit GuidedStore(QString directory = defaultDirectory());

    // "mgmt.example.com_443": a file name for a Management Node's address.
    static QString keyFor(const QUrl &baseUrl) { return DeploymentFiles::keyFor(baseUrl); }

    [[nodiscard]] QString directory() const { return m_files.directory(); }
    [[nodiscard]] QString pathFor(const QString &key) const { return m_files.pathFor(key); }

    // Nothing (no guided upgrade saved), the state, or why it cannot be read.
    [[nodiscard]] Result<std::optional<State>> load(const QString &key) const;
    // Atomically: a crash while saving leaves the previous state.
    [[nodiscard]] Result<void> save(const State &state) const;
    [[nodiscard]] Result<void> remove(const QString &key) const;

    // The deployment's lock, or guided.locked saying who holds it.
    [[nodiscard]] Result<std::shared_ptr<DeploymentLock>> lock(const QString &key) const;

private:
    DeploymentFiles m_files;
};

} // namespace iuc::guided
