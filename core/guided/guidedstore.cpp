#include "core/guided/guidedstore.h"

#include "core/guided/guidederrors.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace iuc::guided {

QString GuidedStore::defaultDirectory()
{
    return DeploymentFiles::dataDirectory(u"guided-upgrades"_s);
}

GuidedStore::GuidedStore(QString directory) : m_files(std::move(directory)) {}

Result<std::optional<State>> GuidedStore::load(const QString &key) const
{
    const Result<std::optional<QByteArray>> bytes = m_files.read(key);
    if (!bytes)
        return unreadableState(bytes.error().details.value(u"reason"_s).toString());
    if (!bytes.value())
        return std::optional<State>();
    Result<State> state = State::fromJson(*bytes.value());
    if (!state)
        return state.error();
    return std::optional<State>(std::move(state).value());
}

Result<void> GuidedStore::save(const State &state) const
{
    const Result<void> written = m_files.write(state.key, state.toJson());
    if (written)
        return ResultOk;
    const QVariantMap &d = written.error().details;
    if (d.value(u"path"_s).toString() == m_files.directory()) {
        return Error{GuidedError::StateWrite,
                     QCoreApplication::translate("GuidedUpgrade",
                         "Could not create the folder %1 for the guided upgrade's progress. Check that you may write "
                         "there.").arg(m_files.directory())};
    }
    return Error{GuidedError::StateWrite,
                 QCoreApplication::translate("GuidedUpgrade",
                     "Could not save the guided upgrade's progress to %1: %2. Free some disk space or fix the "
                     "folder's permissions; the upgrade itself goes on on the Management Node.")
                     .arg(d.value(u"path"_s).toString(), d.value(u"reason"_s).toString())};
}

Result<void> GuidedStore::remove(const QString &key) const
{
    const Result<void> removed = m_files.remove(key);
    if (removed)
        return ResultOk;
    const QVariantMap &d = removed.error().details;
    return Error{GuidedError::StateWrite,
                 QCoreApplication::translate("GuidedUpgrade", "Could not remove %1: %2")
                     .arg(d.value(u"path"_s).toString(), d.value(u"reason"_s).toString())};
}

Result<std::shared_ptr<DeploymentLock>> GuidedStore::lock(const QString &key) const
{
    Result<std::shared_ptr<DeploymentLock>> lock = m_files.lock(key);
    if (lock)
        return lock;
    return Error{GuidedError::Locked,
                 QCoreApplication::translate("GuidedUpgrade",
                     "A guided upgrade of this deployment is already open in %1. Only one may run at a time: finish "
                     "or close that one first.")
                     .arg(lock.error().details.value(u"holder"_s).toString())};
}

} // namespace iuc::guided
