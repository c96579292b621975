#pragma once

#include "core/domain/result.h"
#include "core/storage/profile.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <memory>

class QSettings;

namespace iuc {

// The saved deployment profiles, in QSettings (an INI file on Linux). Holds
// no secret: a Profile has no password field, addresses with credentials in
// them are refused, and the password goes to SecretStore under secretKey().
//
// Names and users are stored trimmed; the fingerprint upper-case with ':'.
// Error codes: profile.missing-name, profile.missing-user,
// profile.invalid-url, profile.insecure-url, profile.credentials-in-url,
// profile.invalid-fingerprint, profile.invalid-refresh (details "field": the
// Profile member at fault), profile.not-found, profile.not-saved.
class ProfileStore final
{
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    // Where the default constructor keeps the profiles: one file shared by
    // upgrade-console and upgradectl, apart from each program's own state.
    static QString defaultOrganization();
    static QString defaultApplication();

    ProfileStore();
    // Not owned; must outlive the store.
    explicit ProfileStore(QSettings *settings);
    // An INI file of its own, e.g. a temporary one in tests.
    explicit ProfileStore(const QString &iniFilePath);
    ~ProfileStore();

    [[nodiscard]] QString fileName() const;

    // Sorted by name, as people read them.
    [[nodiscard]] QList<Profile> list() const;
    [[nodiscard]] Result<Profile> profile(const QString &name) const;
    // Adds a profile, or replaces the one with the same name. Returns the
    // profile as stored (normalised). Renaming = save the new, remove the old.
    Result<Profile> save(const Profile &profile);
    // Removing the last-used profile also forgets it as last used. The
    // keychain entry is the caller's to remove (SecretStore::removePassword).
    Result<void> remove(const QString &name);

    // Empty when none was set or that profile is gone.
    [[nodiscard]] QString lastUsed() const;
    Result<void> setLastUsed(const QString &name);

    // The checks save() makes, and the normalised profile.
    static Result<Profile> validate(const Profile &profile);
    // The keychain key of a profile's password: user and profile name,
    // unambiguous whatever characters they hold.
    static QString secretKey(const Profile &profile);
    // The keychain key of the profile's alert webhook URL.
    static QString webhookKey(const Profile &profile);

private:
    [[nodiscard]] QList<Profile> readAll() const;
    Result<void> writeAll(const QList<Profile> &profiles, const QString &lastUsedName);

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings = nullptr;
};

} // namespace iuc
