#include "core/storage/profilestore.h"

#include "core/storage/storageerrors.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

const QString ProfilesArray = u"profiles"_s;
const QString LastUsedKey = u"lastUsed"_s;
const QString NameKey = u"name"_s;
const QString UrlKey = u"url"_s;
const QString UserKey = u"user"_s;
const QString PinnedKey = u"pinnedSha256"_s;
const QString CaFileKey = u"caFile"_s;
const QString RefreshKey = u"refreshSeconds"_s;
const QString ReadOnlyKey = u"readOnlyAccount"_s;
const QString WebhookKey = u"alertWebhook"_s; // as shown, never the URL itself

constexpr int MinRefreshSeconds = 1;
constexpr int MaxRefreshSeconds = 3600;
constexpr int Sha256Bytes = 32;


Error fieldError(const QString &code, const QString &field, const QString &message)
{
    return Error{code, message, {{u"field"_s, field}}};
}

Error notFound(const QString &name)
{
    return Error{ProfileError::NotFound,
                 QCoreApplication::translate("ProfileStore",
                     "There is no saved profile called \"%1\". Pick one from the list, or save a new one.")
                     .arg(name),
                 {{u"name"_s, name}}};
}

Error notSaved(const QString &file)
{
    return Error{ProfileError::NotSaved,
                 QCoreApplication::translate("ProfileStore",
                     "The profile list could not be saved to %1. Check that the folder exists and that "
                     "you may write to it.")
                     .arg(file),
                 {{u"file"_s, file}}};
}

bool isLoopbackHost(const QString &host)
{
    // QUrl gives hosts lower-case and IPv6 without brackets.
    return host == "localhost"_L1 || host == "127.0.0.1"_L1 || host == "::1"_L1;
}

// Accepts 64 hex digits, with or without ':' between pairs, either case (what
// browsers and `openssl x509 -fingerprint` print); gives "AB:CD:…".
std::optional<QByteArray> normalisedFingerprint(const QByteArray &text)
{
    QByteArray hex = text.trimmed();
    if (hex.contains(':')) {
        const QList<QByteArray> pairs = hex.split(':');
        if (pairs.size() != Sha256Bytes
            || std::any_of(pairs.cbegin(), pairs.cend(), [](const QByteArray &pair) { return pair.size() != 2; }))
            return std::nullopt;
        hex = pairs.join();
    }
    if (hex.size() != 2 * Sha256Bytes)
        return std::nullopt;
    const bool allHex = std::all_of(hex.cbegin(), hex.cend(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
    if (!allHex)
        return std::nullopt;
    return QByteArray::fromHex(hex).toHex(':').toUpper();
}

Result<void> validateUrl(const QUrl &url)
{
    const QString field = UrlKey;
    if (!url.userInfo().isEmpty()) {
        // Refused before anything else: whatever follows, this must never be saved.
        return fieldError(ProfileError::CredentialsInUrl, field,
                          QCoreApplication::translate("ProfileStore",
                              "The address contains a user name or password. Remove it from the "
                              "address: enter the user in the User field; the password is kept in the "
                              "system keychain, never in the profile."));
    }
    const QString scheme = url.scheme();
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()
        || (scheme != "https"_L1 && scheme != "http"_L1)) {
        return fieldError(ProfileError::InvalidUrl, field,
                          QCoreApplication::translate("ProfileStore",
                              "The address is not a web address the console can use. Enter the "
                              "Management Node's address, for example https://manager.example.com."));
    }
    if (scheme == "http"_L1 && !isLoopbackHost(url.host())) {
        return fieldError(ProfileError::InsecureUrl, field,
                          QCoreApplication::translate("ProfileStore",
                              "The address uses plain http://, which is allowed only for this "
                              "computer (localhost, 127.0.0.1 or [::1]): anyone on the network could "
                              "read the password. Use https://%1 instead.")
                              .arg(url.host()));
    }
    return ResultOk;
}

Profile readProfile(const QSettings &settings)
{
    Profile profile;
    profile.name = settings.value(NameKey).toString();
    profile.url = QUrl(settings.value(UrlKey).toString(), QUrl::StrictMode);
    profile.user = settings.value(UserKey).toString();
    profile.pinnedSha256 = settings.value(PinnedKey).toString().toLatin1();
    profile.caFile = settings.value(CaFileKey).toString();
    profile.refreshSeconds = settings.value(RefreshKey, Profile().refreshSeconds).toInt();
    profile.readOnlyAccount = settings.value(ReadOnlyKey, false).toBool();
    profile.alertWebhook = settings.value(WebhookKey).toString();
    return profile;
}

void writeProfile(QSettings &settings, const Profile &profile)
{
    settings.setValue(NameKey, profile.name);
    settings.setValue(UrlKey, profile.url.toString(QUrl::RemoveUserInfo));
    settings.setValue(UserKey, profile.user);
    // A string, not a QByteArray: readable in the file rather than "@ByteArray(…)".
    settings.setValue(PinnedKey, QString::fromLatin1(profile.pinnedSha256));
    settings.setValue(CaFileKey, profile.caFile);
    settings.setValue(RefreshKey, profile.refreshSeconds);
    settings.setValue(ReadOnlyKey, profile.readOnlyAccount);
    settings.setValue(WebhookKey, profile.alertWebhook);
}

QString escapedKeyPart(const QString &part)
{
    QString escaped = part;
    escaped.replace(u'%', u"%25"_s).replace(u'@', u"%40"_s);
    return escaped;
}

} // namespace

QString ProfileStore::defaultOrganization()
{
    return u"InfinityUpgradeConsole"_s;
}

QString ProfileStore::defaultApplication()
{
    return u"profiles"_s;
}

ProfileStore::ProfileStore()
    : m_ownedSettings(std::make_unique<QSettings>(QSettings::UserScope, defaultOrganization(),
                                                  defaultApplication()))
    , m_settings(m_ownedSettings.get())
{
}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(settings);
}

ProfileStore::ProfileStore(const QString &iniFilePath)
    : m_ownedSettings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
    , m_settings(m_ownedSettings.get())
{
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QList<Profile> ProfileStore::list() const
{
    QList<Profile> profiles = readAll();
    std::sort(profiles.begin(), profiles.end(), [](const Profile &a, const Profile &b) {
        const int byLocale = QString::localeAwareCompare(a.name, b.name);
        return byLocale != 0 ? byLocale < 0 : a.name < b.name;
    });
    return profiles;
}

Result<Profile> ProfileStore::profile(const QString &name) const
{
    const QString wanted = name.trimmed();
    const QList<Profile> profiles = readAll();
    const auto found = std::find_if(profiles.cbegin(), profiles.cend(),
                                    [&wanted](const Profile &p) { return p.name == wanted; });
    if (found == profiles.cend())
        return notFound(wanted);
    return *found;
}

Result<Profile> ProfileStore::save(const Profile &profile)
{
    Result<Profile> checked = validate(profile);
    if (!checked)
        return checked;
    QList<Profile> profiles = readAll();
    const auto existing = std::find_if(profiles.begin(), profiles.end(),
                                       [&checked](const Profile &p) { return p.name == checked->name; });
    if (existing != profiles.end())
        *existing = checked.value();
    else
        profiles.append(checked.value());
    if (const Result<void> written = writeAll(profiles, m_settings->value(LastUsedKey).toString()); !written)
        return written.error();
    return checked;
}

Result<void> ProfileStore::remove(const QString &name)
{
    const QString wanted = name.trimmed();
    QList<Profile> profiles = readAll();
    const qsizetype removed = profiles.removeIf([&wanted](const Profile &p) { return p.name == wanted; });
    if (removed == 0)
        return notFound(wanted);
    QString lastUsedName = m_settings->value(LastUsedKey).toString();
    if (lastUsedName == wanted)
        lastUsedName.clear();
    return writeAll(profiles, lastUsedName);
}

QString ProfileStore::lastUsed() const
{
    const QString name = m_settings->value(LastUsedKey).toString();
    if (name.isEmpty() || !profile(name))
        return {};
    return name;
}

Result<void> ProfileStore::setLastUsed(const QString &name)
{
    const Result<Profile> known = profile(name);
    if (!known)
        return known.error();
    m_settings->setValue(LastUsedKey, known->name);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return notSaved(fileName());
    return ResultOk;
}

Result<Profile> ProfileStore::validate(const Profile &profile)
{
    Profile normalised = profile;
    normalised.name = profile.name.trimmed();
    normalised.user = profile.user.trimmed();
    normalised.caFile = profile.caFile.trimmed();

    if (normalised.name.isEmpty()) {
        return fieldError(ProfileError::MissingName, NameKey,
                          QCoreApplication::translate("ProfileStore",
                              "The profile needs a name, for example the deployment's site, so it can be "
                              "picked from the list."));
    }
    if (const Result<void> url = validateUrl(profile.url); !url)
        return url.error();
    if (normalised.user.isEmpty()) {
        return fieldError(ProfileError::MissingUser, UserKey,
                          QCoreApplication::translate("ProfileStore",
                              "The profile needs a user: the Management Node account to sign in with "
                              "(an account with the read-only role is enough for a wall display)."));
    }
    if (!profile.pinnedSha256.trimmed().isEmpty()) {
        const std::optional<QByteArray> fingerprint = normalisedFingerprint(profile.pinnedSha256);
        if (!fingerprint) {
            return fieldError(ProfileError::InvalidFingerprint, PinnedKey,
                              QCoreApplication::translate("ProfileStore",
                                  "The pinned certificate fingerprint is not a SHA-256 fingerprint: it "
                                  "must be 32 pairs of hexadecimal digits, such as AB:CD:… . Leave it "
                                  "empty to check the certificate on the next connection again."));
        }
        normalised.pinnedSha256 = *fingerprint;
    } else {
        normalised.pinnedSha256.clear();
    }
    if (profile.refreshSeconds < MinRefreshSeconds || profile.refreshSeconds > MaxRefreshSeconds) {
        return fieldError(ProfileError::InvalidRefresh, RefreshKey,
                          QCoreApplication::translate("ProfileStore",
                              "The refresh interval must be between %1 and %2 seconds; 5 seconds is the "
                              "usual choice.")
                              .arg(MinRefreshSeconds)
                              .arg(MaxRefreshSeconds));
    }
    normalised.url = profile.url.adjusted(QUrl::RemoveUserInfo);
    return normalised;
}

QString ProfileStore::secretKey(const Profile &profile)
{
    // '@' separates, so it is escaped inside the parts (and '%', the escape).
    return escapedKeyPart(profile.user.trimmed()) + u'@' + escapedKeyPart(profile.name.trimmed());
}

QString ProfileStore::webhookKey(const Profile &profile)
{
    return u"alert-webhook:"_s + secretKey(profile);
}

QList<Profile> ProfileStore::readAll() const
{
    QList<Profile> profiles;
    const int size = m_settings->beginReadArray(ProfilesArray);
    profiles.reserve(size);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        Profile profile = readProfile(*m_settings);
        // A hand-edited entry without a name cannot be picked or replaced.
        if (!profile.name.isEmpty())
            profiles.append(std::move(profile));
    }
    m_settings->endArray();
    return profiles;
}

Result<void> ProfileStore::writeAll(const QList<Profile> &profiles, const QString &lastUsedName)
{
    // Rewritten whole, so a removed profile leaves no keys behind.
    m_settings->remove(ProfilesArray);
    m_settings->beginWriteArray(ProfilesArray, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        writeProfile(*m_settings, profiles.at(i));
    }
    m_settings->endArray();
    if (lastUsedName.isEmpty())
        m_settings->remove(LastUsedKey);
    else
        m_settings->setValue(LastUsedKey, lastUsedName);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return notSaved(fileName());
    return ResultOk;
}

} // namespace iuc
