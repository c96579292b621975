#pragma once

#include "core/domain/result.h"

#include <QCoroTask>
#include <QHash>
#include <QObject>
#include <QString>

namespace iuc {

// The one place a Management Node password lives: the operating system's
// keychain (QtKeychain: Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows). Never QSettings, never a log line, never an
// error message.
//
// When no keychain answers (on Linux: no Secret Service such as GNOME Keyring
// or KWallet on the session bus, or a keyring that was never set up),
// writePassword() keeps the secret in this process's memory instead and
// reports it: the call succeeds with `false`, isSessionOnly() turns true and
// sessionOnlyWarning() holds the text the UI or CLI must show. readPassword()
// answers from that copy first. Nothing is written to disk in that case.
//
// Every call tries the keychain again, so starting or unlocking the keyring
// mid-session lets the next save reach it (and drops the session copy).
//
// Error codes: secret.not-found, secret.denied, secret.no-keychain,
// secret.not-supported, secret.not-deleted, secret.failed, secret.invalid-key,
// secret.cancelled. details: "key", "operation" and, when the keychain said
// something, "keychainError" (its own words).
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
    Q_PROPERTY(bool sessionOnly READ isSessionOnly NOTIFY sessionOnlyChanged)

public:
    // The keychain "service" (a namespace of keys) of the real application.
    static QString defaultServiceName();

    explicit SecretStore(QObject *parent = nullptr);
    // Another service name keeps tests away from the user's real entries.
    explicit SecretStore(const QString &serviceName, QObject *parent = nullptr);
    ~SecretStore() override;

    [[nodiscard]] QString serviceName() const;

    // The secret saved under `key` (see ProfileStore::secretKey()).
    // The session copy, when there is one, wins over the keychain.
    QCoro::Task<Result<QString>> readPassword(const QString &key);

    // Where a written secret is kept.
    enum class Kept {
        InKeychain,         // the system keychain
        ForThisSessionOnly, // no keychain: in memory until the program ends (show sessionOnlyWarning())
    };

    // Where the secret is kept now, or an error: the keychain refused or
    // failed, and nothing was kept.
    QCoro::Task<Result<Kept>> writePassword(const QString &key, const QString &secret);

    // Forgets the session copy and deletes the keychain entry. Deleting an
    // entry that does not exist succeeds (backends disagree on reporting it).
    // secret.no-keychain when an entry saved by an earlier session could not
    // be reached to delete it.
    QCoro::Task<Result<void>> removePassword(const QString &key);

    // True while at least one secret is held in memory only.
    [[nodiscard]] bool isSessionOnly() const;
    // What to tell the user while isSessionOnly(); empty otherwise.
    [[nodiscard]] QString sessionOnlyWarning() const;

Q_SIGNALS:
    void sessionOnlyChanged(bool sessionOnly);

private:
    void keepForSession(const QString &key, const QString &secret);
    void forgetSessionCopy(const QString &key);

    QString m_serviceName;
    // Only filled when no keychain is available. Process memory only.
    QHash<QString, QString> m_sessionSecrets;
};

} // namespace iuc
