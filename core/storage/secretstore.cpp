#include "core/storage/secretstore.h"

#include "core/domain/logging.h"
#include "core/storage/storageerrors.h"

#include <QCoroSignal>
#include <QFileInfo>
#include <QLatin1StringView>
#include <QLoggingCategory>
#include <QPointer>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

// Linux and the BSDs: QtKeychain talks to a Secret Service over D-Bus
// (libsecret), which may simply not be running.
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID) && !defined(Q_OS_HAIKU)
#define IUC_SECRET_SERVICE 1
#else
#define IUC_SECRET_SERVICE 0
#endif

namespace iuc {

namespace {


enum class Operation { Read, Write, Remove };

// What a keychain failure means for the user, independent of the backend.
enum class Failure { NotFound, Denied, NoKeychain, NotSupported, NotDeleted, Other };

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return u"read"_s;
    case Operation::Write:
        return u"write"_s;
    case Operation::Remove:
        return u"remove"_s;
    }
    return {};
}

#if IUC_SECRET_SERVICE
// Whether the D-Bus session bus can be there at all. Checked only after a job
// failed, and independent of the language GLib words its errors in.
bool sessionBusMayExist()
{
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (address.isEmpty()) {
        // libdbus/GDBus fall back to $XDG_RUNTIME_DIR/bus, then X11 autolaunch.
        const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
        return (!runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + u"/bus"_s))
            || qEnvironmentVariableIsSet("DISPLAY");
    }
    // An address may list alternatives (';'); any one of them may work.
    const auto alternatives = address.split(u';', Qt::SkipEmptyParts);
    for (const QString &alternative : alternatives) {
        if (!alternative.startsWith(u"unix:"_s))
            return true;
        const auto parameters = QStringView(alternative).mid(5).split(u',');
        bool socketFile = false;
        for (const QStringView parameter : parameters) {
            if (parameter.startsWith(u"path=")) {
                socketFile = true;
                if (QFileInfo::exists(parameter.mid(5).toString()))
                    return true;
            }
        }
        if (!socketFile)
            return true; // abstract sockets and the like cannot be checked from here
    }
    return false;
}

// QtKeychain's libsecret backend reports every D-Bus/GIO failure as
// OtherError. These are the ones that mean "nobody provides a Secret Service
// here": D-Bus error names (never translated) and GLib's English wording.
bool secretServiceDidNotAnswer(const QString &detail)
{
    if (!sessionBusMayExist())
        return true;
    static constexpr QLatin1StringView signatures[] = {
        "org.freedesktop.DBus.Error.ServiceUnknown"_L1,
        "org.freedesktop.DBus.Error.NameHasNoOwner"_L1,
        "org.freedesktop.DBus.Error.NoReply"_L1,
        "org.freedesktop.DBus.Error.NoServer"_L1,
        "org.freedesktop.DBus.Error.Spawn"_L1,
        "org.freedesktop.DBus.Error.TimedOut"_L1,
        "org.freedesktop.DBus.Error.Disconnected"_L1,
        // gnome-keyring answers but has no default collection: it was never
        // set up, and no prompt could be shown to create one.
        "/org/freedesktop/secrets/collection/"_L1,
        "Could not connect"_L1,
        "Cannot autolaunch D-Bus"_L1,
        "Cannot spawn a message bus"_L1,
    };
    for (const QLatin1StringView signature : signatures) {
        if (detail.contains(signature, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
#endif

Failure classify(QKeychain::Error code, const QString &detail)
{
    switch (code) {
    case QKeychain::NoError: // not called for it; keeps the switch complete
    case QKeychain::OtherError:
        break;
    case QKeychain::EntryNotFound:
        return Failure::NotFound;
    case QKeychain::AccessDenied: // libsecret: the collection is locked
    case QKeychain::AccessDeniedByUser:
        return Failure::Denied;
    case QKeychain::NoBackendAvailable:
        return Failure::NoKeychain;
    case QKeychain::NotImplemented:
        return Failure::NotSupported;
    case QKeychain::CouldNotDeleteEntry:
        return Failure::NotDeleted;
    }
#if IUC_SECRET_SERVICE
    if (secretServiceDidNotAnswer(detail))
        return Failure::NoKeychain;
#else
    Q_UNUSED(detail)
#endif
    return Failure::Other;
}

Error secretError(const QString &code, const QString &message, Operation operation, const QString &key,
                  const QString &detail = {})
{
    QVariantMap details{{u"key"_s, key}, {u"operation"_s, operationName(operation)}};
    if (!detail.isEmpty())
        details.insert(u"keychainError"_s, detail);
    return Error{code, message, details};
}

// One sentence per case and operation: the admin reads what happened, why,
// and what to do. `detail` is the keychain's own words, never the secret.
Error describe(Failure failure, Operation operation, const QString &key, const QString &detail)
{
    switch (failure) {
    case Failure::NotFound:
        return secretError(SecretError::NotFound,
                           SecretStore::tr("No password is saved for %1. Enter the password; the console can save "
                                           "it in the system keychain for next time.")
                               .arg(key),
                           operation, key);
    case Failure::Denied:
        switch (operation) {
        case Operation::Read:
            return secretError(SecretError::Denied,
                               SecretStore::tr("The system keychain refused to hand out the saved password for %1: "
                                               "it is locked, or access was denied. Unlock the keychain (or allow "
                                               "the console access) and try again, or enter the password.")
                                   .arg(key),
                               operation, key, detail);
        case Operation::Write:
            return secretError(SecretError::Denied,
                               SecretStore::tr("The system keychain refused to save the password for %1: it is "
                                               "locked, or access was denied. Unlock the keychain (or allow the "
                                               "console access) and save again.")
                                   .arg(key),
                               operation, key, detail);
        case Operation::Remove:
            return secretError(SecretError::Denied,
                               SecretStore::tr("The system keychain refused to remove the saved password for %1: "
                                               "it is locked, or access was denied. Unlock the keychain (or allow "
                                               "the console access) and try again.")
                                   .arg(key),
                               operation, key, detail);
        }
        break;
    case Failure::NoKeychain:
        if (operation == Operation::Remove) {
#if IUC_SECRET_SERVICE
            return secretError(SecretError::NoKeychain,
                               SecretStore::tr("No system keychain is available in this desktop session (no Secret "
                                               "Service such as GNOME Keyring or KWallet is running), so a password "
                                               "saved earlier for %1 could not be removed; the copy kept for this "
                                               "session is gone. Start or unlock your keyring and remove it again, "
                                               "or delete it with the keyring's own tool.")
                                   .arg(key),
                               operation, key, detail);
#else
            return secretError(SecretError::NoKeychain,
                               SecretStore::tr("The system keychain is not available, so a password saved earlier "
                                               "for %1 could not be removed; the copy kept for this session is "
                                               "gone. Try again when the keychain is available.")
                                   .arg(key),
                               operation, key, detail);
#endif
        }
#if IUC_SECRET_SERVICE
        return secretError(SecretError::NoKeychain,
                           SecretStore::tr("No system keychain is available in this desktop session (no Secret "
                                           "Service such as GNOME Keyring or KWallet is running), so no saved "
                                           "password can be read for %1. Enter the password: it will be kept only "
                                           "until the console closes. To have it saved, start or unlock your "
                                           "keyring and connect again.")
                               .arg(key),
                           operation, key, detail);
#else
        return secretError(SecretError::NoKeychain,
                           SecretStore::tr("The system keychain is not available, so no saved password can be read "
                                           "for %1. Enter the password: it will be kept only until the console "
                                           "closes.")
                               .arg(key),
                           operation, key, detail);
#endif
    case Failure::NotSupported:
        return secretError(SecretError::NotSupported,
                           SecretStore::tr("This system's keychain does not support storing passwords for "
                                           "the console, so nothing is saved for %1. Enter the password "
                                           "each time you connect.")
                               .arg(key),
                           operation, key, detail);
    case Failure::NotDeleted:
        return secretError(SecretError::NotDeleted,
                           SecretStore::tr("The system keychain could not remove the saved password for %1 (%2). "
                                           "Try again, or remove the entry with the keychain's own tool.")
                               .arg(key, detail),
                           operation, key, detail);
    case Failure::Other:
        break;
    }
    switch (operation) {
    case Operation::Read:
        return secretError(SecretError::Failed,
                           SecretStore::tr("The system keychain could not read the saved password for %1: %2. Enter "
                                           "the password instead; if this keeps happening, check that the keychain "
                                           "is running and unlocked.")
                               .arg(key, detail),
                           operation, key, detail);
    case Operation::Write:
        return secretError(SecretError::Failed,
                           SecretStore::tr("The system keychain could not save the password for %1: %2. The console "
                                           "can still connect with the password you entered, but will ask for it "
                                           "again next time.")
                               .arg(key, detail),
                           operation, key, detail);
    case Operation::Remove:
        break;
    }
    return secretError(SecretError::Failed,
                       SecretStore::tr("The system keychain could not remove the saved password for %1: %2. Try "
                                       "again, or remove the entry with the keychain's own tool.")
                           .arg(key, detail),
                       operation, key, detail);
}

Error invalidKeyError(Operation operation)
{
    return secretError(SecretError::InvalidKey,
                       SecretStore::tr("The keychain entry has no name (the profile's name or user is missing), so "
                                       "nothing was read or saved. Complete the profile and try again."),
                       operation, QString());
}

Error cancelledError(Operation operation, const QString &key)
{
    return secretError(SecretError::Cancelled,
                       SecretStore::tr("The console stopped waiting for the system keychain (the part of the "
                                       "console that asked is gone). Try again."),
                       operation, key);
}

// The job resumes its coroutine from its own finished() signal, so it must
// not be deleted there: deleteLater() runs after the signal has returned.
struct DeleteLater
{
    void operator()(QObject *object) const
    {
        if (object)
            object->deleteLater();
    }
};
template <typename Job>
using JobPtr = std::unique_ptr<Job, DeleteLater>;

template <typename Job>
JobPtr<Job> makeJob(const QString &service, const QString &key)
{
    JobPtr<Job> job(new Job(service));
    job->setAutoDelete(false);
    // QtKeychain 0.13 ignores this with libsecret anyway; never a plain-text file.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

void logFailure(Operation operation, const QString &key, const QKeychain::Job &job)
{
    // The key names a profile and user, never the secret; errorString() is
    // the keychain's text and never carries the secret either.
    qCDebug(lcSecrets).noquote() << "keychain" << operationName(operation) << "for" << key
                                << "failed with QKeychain error" << int(job.error()) << ':'
                                << job.errorString();
}

} // namespace

QString SecretStore::defaultServiceName()
{
    return u"Infinity Upgrade Console"_s;
}

SecretStore::SecretStore(QObject *parent)
    : SecretStore(defaultServiceName(), parent)
{
}

SecretStore::SecretStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(serviceName)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::serviceName() const
{
    return m_serviceName;
}

QCoro::Task<Result<QString>> SecretStore::readPassword(const QString &keyArgument)
{
    // Copied before the first suspension: the caller's reference may not live
    // that long.
    const QString key = keyArgument;
    if (key.isEmpty())
        co_return Result<QString>(invalidKeyError(Operation::Read));
    if (const auto held = m_sessionSecrets.constFind(key); held != m_sessionSecrets.cend())
        co_return Result<QString>(held.value());

    const QPointer<SecretStore> self(this);
    const auto job = makeJob<QKeychain::ReadPasswordJob>(m_serviceName, key);
    auto finished = qCoro(job.get(), &QKeychain::Job::finished);
    job->start();
    co_await finished;

    if (!self)
        co_return Result<QString>(cancelledError(Operation::Read, key));
    if (job->error() == QKeychain::NoError)
        co_return Result<QString>(job->textData());
    if (job->error() != QKeychain::EntryNotFound)
        logFailure(Operation::Read, key, *job);
    co_return Result<QString>(
        describe(classify(job->error(), job->errorString()), Operation::Read, key, job->errorString()));
}

QCoro::Task<Result<SecretStore::Kept>> SecretStore::writePassword(const QString &keyArgument, const QString &secretArgument)
{
    const QString key = keyArgument;
    const QString secret = secretArgument;
    if (key.isEmpty())
        co_return Result<SecretStore::Kept>(invalidKeyError(Operation::Write));

    const QPointer<SecretStore> self(this);
    const auto job = makeJob<QKeychain::WritePasswordJob>(m_serviceName, key);
    job->setTextData(secret);
    auto finished = qCoro(job.get(), &QKeychain::Job::finished);
    job->start();
    co_await finished;

    if (!self)
        co_return Result<SecretStore::Kept>(cancelledError(Operation::Write, key));
    if (job->error() == QKeychain::NoError) {
        // The keychain holds the newest secret now; a session copy would shadow it.
        forgetSessionCopy(key);
        co_return Result<SecretStore::Kept>(Kept::InKeychain);
    }
    logFailure(Operation::Write, key, *job);
    const Failure failure = classify(job->error(), job->errorString());
    if (failure == Failure::NoKeychain || failure == Failure::NotSupported) {
        keepForSession(key, secret);
        co_return Result<SecretStore::Kept>(Kept::ForThisSessionOnly);
    }
    co_return Result<SecretStore::Kept>(describe(failure, Operation::Write, key, job->errorString()));
}

QCoro::Task<Result<void>> SecretStore::removePassword(const QString &keyArgument)
{
    const QString key = keyArgument;
    if (key.isEmpty())
        co_return Result<void>(invalidKeyError(Operation::Remove));
    forgetSessionCopy(key);

    const QPointer<SecretStore> self(this);
    const auto job = makeJob<QKeychain::DeletePasswordJob>(m_serviceName, key);
    auto finished = qCoro(job.get(), &QKeychain::Job::finished);
    job->start();
    co_await finished;

    if (!self)
        co_return Result<void>(cancelledError(Operation::Remove, key));
    // libsecret reports a missing entry as success, Windows as EntryNotFound:
    // either way nothing is left, which is what the caller asked for.
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        co_return ResultOk;
    logFailure(Operation::Remove, key, *job);
    co_return Result<void>(
        describe(classify(job->error(), job->errorString()), Operation::Remove, key, job->errorString()));
}

bool SecretStore::isSessionOnly() const
{
    return !m_sessionSecrets.isEmpty();
}

QString SecretStore::sessionOnlyWarning() const
{
    if (!isSessionOnly())
        return {};
#if IUC_SECRET_SERVICE
    return tr("No system keychain is available in this desktop session: no Secret Service such as "
              "GNOME Keyring or KWallet is running (or the keyring was never set up). The password is "
              "kept in memory only until the console closes, and you will be asked for it again next "
              "time. To save it, start or unlock your keyring and enter the password again.");
#else
    return tr("The system keychain is not available. The password is kept in memory only until the "
              "console closes, and you will be asked for it again next time.");
#endif
}

void SecretStore::keepForSession(const QString &key, const QString &secret)
{
    const bool wasSessionOnly = isSessionOnly();
    m_sessionSecrets.insert(key, secret);
    if (!wasSessionOnly) {
        qCDebug(lcSecrets) << "no system keychain available; keeping a password for this session only";
        Q_EMIT sessionOnlyChanged(true);
    }
}

void SecretStore::forgetSessionCopy(const QString &key)
{
    if (m_sessionSecrets.remove(key) > 0 && m_sessionSecrets.isEmpty())
        Q_EMIT sessionOnlyChanged(false);
}

} // namespace iuc
