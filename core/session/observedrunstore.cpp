#include "core/session/observedrunstore.h"

#include "core/api/deploymentpoller.h"
#include "core/storage/storageerrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {
// Runs of a thousand nodes with their histories; far more than one needs.
constexpr qint64 kMaxRecordBytes = qint64(256) << 20;
} // namespace

QString ObservedRunStore::defaultDirectory()
{
    return DeploymentFiles::dataDirectory(u"observed-runs"_s);
}

ObservedRunStore::ObservedRunStore(api::RunObserver &observer, const QString &directory, const QUrl &baseUrl)
    : m_observer(observer)
    , m_files(directory)
    , m_key(DeploymentFiles::keyFor(baseUrl))
{
}

QString ObservedRunStore::path() const
{
    return m_files.pathFor(m_key);
}

Result<void> ObservedRunStore::load()
{
    Result<std::optional<QByteArray>> bytes = m_files.read(m_key, kMaxRecordBytes);
    if (!bytes)
        return bytes.error();
    if (!bytes.value())
        return ResultOk;
    const Result<void> read = m_observer.fromJson(**bytes);
    if (read)
        return ResultOk;
    const QString aside = path() + u".unreadable"_s;
    QFile::remove(aside);
    QFile::rename(path(), aside);
    return Error{StorageError::Unreadable,
                 QCoreApplication::translate("ObservedRunStore",
                                             "The console's record of earlier upgrade runs could not be read (%1); "
                                             "it was moved to %2 and a new record begins.")
                     .arg(read.error().message, QDir::toNativeSeparators(aside)),
                 {{u"path"_s, aside}}};
}

Result<void> ObservedRunStore::save()
{
    return m_files.write(m_key, m_observer.toJson());
}

void ObservedRunStore::keepWritten(api::DeploymentPoller &poller, std::function<void(const Error &)> onFailure)
{
    QObject::connect(&poller, &api::DeploymentPoller::runObserved, &m_connections,
                     [this, onFailure = std::move(onFailure)] {
                         const Result<void> saved = save();
                         if (!saved && !m_failing)
                             onFailure(saved.error());
                         m_failing = !saved;
                     });
}

} // namespace iuc
