#include "cli/clicontext.h"

#include "cli/interrupt.h"

#include "core/api/apierrors.h"
#include "core/api/deploymentpoller.h"
#include "core/api/runobserver.h"
#include "core/domain/errorcodes.h"
#include "core/package/packageerrors.h"
#include "core/session/alertwebhook.h"
#include "core/session/observedrunstore.h"
#include "core/storage/profilestore.h"
#include "core/storage/secretstore.h"
#include "core/storage/storageerrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <QCoro/QCoroTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace iuc::cli {

namespace {

// How long a command waits for a rebooting Management Node: the vendor
// allows an hour for it.
constexpr qint64 kRebootWaitSeconds = 3600;

} // namespace

CliContext::CliContext(Terminal &terminal, ConnectOptions options, ProfileStore &profiles, SecretStore &secrets)
    : m_terminal(terminal)
    , m_options(std::move(options))
    , m_profiles(profiles)
    , m_secrets(secrets)
{
}

CliContext::~CliContext() = default;

api::RunObserver &CliContext::runRecord()
{
    if (!m_runRecord) {
        m_runRecord = std::make_unique<api::RunObserver>();
        m_runStore = std::make_unique<ObservedRunStore>(*m_runRecord, ObservedRunStore::defaultDirectory(),
                                                        m_client->settings().baseUrl);
        if (const Result<void> loaded = m_runStore->load(); !loaded)
            m_terminal.error(m_terminal.yellow(loaded.error().message));
    }
    return *m_runRecord;
}

AdminActionLog &CliContext::adminActionLog()
{
    if (!m_adminActions)
        m_adminActions = std::make_unique<AdminActionLog>(AdminActionLog::defaultDirectory(), m_client->settings().baseUrl);
    return *m_adminActions;
}

void CliContext::recordAdminAction(AdminAction::Kind kind, int nodeId, const QString &node, int calls,
                                   const QString &detail)
{
    const AdminAction action{kind, m_client->serverNow(), nodeId, node, calls, m_client->settings().user, detail};
    if (const Result<void> kept = adminActionLog().append(action); !kept) {
        m_terminal.error(m_terminal.yellow(
            QCoreApplication::translate("upgradectl", "upgradectl could not add this to its record for the run report: %1")
                .arg(kept.error().message)));
    }
}

QList<AdminAction> CliContext::adminActions()
{
    Result<QList<AdminAction>> actions = adminActionLog().load();
    if (!actions) {
        m_terminal.error(m_terminal.yellow(actions.error().message));
        return {};
    }
    return actions.value();
}

bool CliContext::managementLastSeenInItsUpgrade()
{
    const api::UpgradeRun *run = runRecord().current();
    return run && run->managementIncluded && !run->managementUpgradedAt;
}

void CliContext::keepRunRecord(api::DeploymentPoller &poller)
{
    poller.setRunObserver(&runRecord());
    m_runStore->keepWritten(poller, [this](const Error &error) {
        m_terminal.error(m_terminal.yellow(
            QCoreApplication::translate("upgradectl", "upgradectl could not keep its record of this run: %1")
                .arg(error.message)));
    });
}

QString CliContext::deploymentName() const
{
    if (m_profile)
        return m_profile->name;
    return m_client ? m_client->settings().baseUrl.toDisplayString() : m_options.url;
}

int CliContext::exitCodeFor(const Error &error)
{
    if (error.is(ApiError::Conflict) || error.is(RunError::Locked))
        return Locked;
    if (error.is(ApiError::Unauthorized) || error.is(ApiError::Forbidden))
        return SignInRefused;
    if (error.isIn(TlsError::Domain) || error.is(ApiError::Unreachable) || error.is(ApiError::Rebooting)
        || error.isIn(ConnectError::Domain))
        return Connection;
    if (error.isIn(PackageError::Domain) || error.isIn(RunError::Domain) || error.isIn(PathError::Domain)
        || error.is(ApiError::BadRequest) || error.isIn(UpgradeError::Domain) || error.is(UploadError::RefusedByNode))
        return Refused;
    return Failed;
}

int CliContext::report(Terminal &terminal, const Error &error, int exitCode)
{
    if (!terminal.isJson()) {
        terminal.error(terminal.red(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(error.message)));
        return exitCode;
    }
    QJsonObject e{{u"code"_s, error.code}, {u"message"_s, error.message}, {u"exit_code"_s, exitCode}};
    if (!error.details.isEmpty())
        e.insert(u"details"_s, QJsonObject::fromVariantMap(error.details));
    terminal.print(QString::fromUtf8(QJsonDocument(QJsonObject{{u"error"_s, e}}).toJson(QJsonDocument::Indented)).trimmed());
    return exitCode;
}

int CliContext::fail(const Error &error)
{
    if (m_terminal.isJson())
        return report(m_terminal, error, exitCodeFor(error));
    m_terminal.error(m_terminal.red(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(error.message)));
    const QVariantMap &d = error.details;
    if (error.is(TlsError::Changed)) {
        m_terminal.error(QCoreApplication::translate("upgradectl",
                             "  pinned fingerprint:    %1").arg(d.value(u"expected"_s).toString()));
        m_terminal.error(QCoreApplication::translate("upgradectl",
                             "  presented fingerprint: %1").arg(d.value(u"actual"_s).toString()));
    }
    if (d.contains(u"how_to_lift"_s))
        m_terminal.error(QCoreApplication::translate("upgradectl",
                             "  %1").arg(d.value(u"how_to_lift"_s).toString()));
    return exitCodeFor(error);
}

QCoro::Task<Result<api::ConnectionSettings>> CliContext::resolve()
{
    api::ConnectionSettings s;
    if (!m_options.profile.isEmpty()) {
        auto profile = m_profiles.profile(m_options.profile);
        if (!profile)
            co_return profile.error();
        m_profile = profile.value();
    }
    const QString url = !m_options.url.isEmpty() ? m_options.url : (m_profile ? m_profile->url.toString() : QString());
    if (url.isEmpty()) {
        co_return Error{ConnectError::NoUrl,
                        QCoreApplication::translate("upgradectl",
                            "Which Management Node? Give --url https://HOST[:PORT] or --profile NAME.")};
    }
    s.baseUrl = QUrl(url);
    if (!s.baseUrl.isValid() || (s.baseUrl.scheme() != u"https"_s && s.baseUrl.scheme() != u"http"_s)) {
        co_return Error{ConnectError::BadUrl,
                        QCoreApplication::translate("upgradectl",
                            "\"%1\" is not a Management Node address; write it as https://HOST[:PORT].").arg(url)};
    }
    s.user = !m_options.user.isEmpty() ? m_options.user : (m_profile ? m_profile->user : QString());
    if (s.user.isEmpty())
        co_return Error{ConnectError::NoUser, QCoreApplication::translate("upgradectl",
                                                               "Give the account name with --user NAME.")};

    if (!m_options.pin.isEmpty())
        s.trust = api::TlsTrust::pinned(m_options.pin.toLatin1());
    else if (!m_options.caFile.isEmpty())
        s.trust = api::TlsTrust::withCaFile(m_options.caFile);
    else if (m_options.insecureLoopback)
        s.trust = api::TlsTrust::insecureLoopback();
    else if (m_profile && !m_profile->pinnedSha256.isEmpty())
        s.trust = api::TlsTrust::pinned(m_profile->pinnedSha256);
    else if (m_profile && !m_profile->caFile.isEmpty())
        s.trust = api::TlsTrust::withCaFile(m_profile->caFile);

    // The password: an environment variable, the keychain, or a prompt;
    // never an option (it would show in the process list and the history).
    if (!m_options.passwordEnv.isEmpty()) {
        s.password = qEnvironmentVariable(m_options.passwordEnv.toLocal8Bit().constData());
        if (s.password.isEmpty()) {
            co_return Error{ConnectError::NoPassword,
                            QCoreApplication::translate("upgradectl",
                                "The environment variable %1 is empty or not set.").arg(m_options.passwordEnv)};
        }
        co_return s;
    }
    if (m_profile) {
        const QString key = ProfileStore::secretKey(*m_profile);
        auto stored = co_await m_secrets.readPassword(key);
        if (stored) {
            s.password = stored.value();
            co_return s;
        }
        if (!stored.error().is(SecretError::NotFound))
            sayKeychainProblem(stored.error());
    }
    const auto typed = m_terminal.readSecret(QCoreApplication::translate("upgradectl",
                                                 "Password for %1 at %2: ").arg(s.user, s.baseUrl.host()));
    if (!typed || typed->isEmpty()) {
        co_return Error{ConnectError::NoPassword,
                        QCoreApplication::translate("upgradectl",
                            "No password: set one in an environment variable and name it with --password-env VAR, "
                            "or run upgradectl in a terminal to be asked.")};
    }
    s.password = *typed;
    if (m_profile) {
        // Kept for the next run, as `profile save` would have.
        const QString key = ProfileStore::secretKey(*m_profile);
        const auto saved = co_await m_secrets.writePassword(key, s.password);
        if (!saved)
            sayKeychainProblem(saved.error());
        else if (saved.value() == SecretStore::Kept::ForThisSessionOnly)
            sayKeychainProblem(Error{SecretError::NoKeychain, {}});
        else
            m_terminal.print(QCoreApplication::translate("upgradectl",
                                 "The password is saved in the keychain for profile %1.").arg(m_profile->name));
    }
    co_return s;
}

QCoro::Task<std::optional<QUrl>> CliContext::alertWebhookUrl()
{
    if (!m_profile || m_profile->alertWebhook.isEmpty())
        co_return std::nullopt;
    const QString key = ProfileStore::webhookKey(*m_profile);
    const Result<QString> stored = co_await m_secrets.readPassword(key);
    const Result<QUrl> url = stored ? AlertWebhook::validate(stored.value()) : Result<QUrl>(stored.error());
    if (!url) {
        m_terminal.error(m_terminal.yellow(
            QCoreApplication::translate("upgradectl", "Alerts are not sent to the webhook %1: %2")
                .arg(m_profile->alertWebhook, url.error().message)));
        co_return std::nullopt;
    }
    co_return url.value();
}

QString CliContext::keychainProblem(const Error &error, const QString &profile)
{
    if (error.is(SecretError::NoKeychain) || error.is(SecretError::NotSupported)) {
        return QCoreApplication::translate("upgradectl",
                   "No system keychain is available here, so the password of profile %1 cannot be kept in it. "
                   "Give it with --password-env VAR, or type it when asked.")
            .arg(profile);
    }
    return error.message; // locked, refused…: its own words say what to do
}

void CliContext::sayKeychainProblem(const Error &error)
{
    if (m_keychainProblemSaid)
        return;
    m_keychainProblemSaid = true;
    m_terminal.error(m_terminal.yellow(keychainProblem(error, m_profile ? m_profile->name : QString())));
}

QCoro::Task<std::optional<int>> CliContext::connect()
{
    auto settings = co_await resolve();
    if (!settings)
        co_return fail(settings.error());
    m_client = std::make_unique<api::ManagementClient>(settings.value());
    auto first = co_await m_client->managementVm();
    // Rebooting (R1: it upgrades itself first; or an admin rebooted it): wait
    // for it, as the vendor says it may take, instead of failing a watch
    // that was started at the wrong moment. A node that says so answers 503;
    // a real one refuses connections, which is its reboot only when this
    // workstation last saw it in its own upgrade (the run record).
    const bool recordSaysItUpgrades = managementLastSeenInItsUpgrade();
    const auto isItsReboot = [&](const Error &e) {
        return e.is(ApiError::Rebooting) || (e.is(ApiError::Unreachable) && recordSaysItUpgrades);
    };
    const QDateTime waitUntil = QDateTime::currentDateTimeUtc().addSecs(kRebootWaitSeconds);
    while (!first && isItsReboot(first.error()) && QDateTime::currentDateTimeUtc() < waitUntil && !interrupted()) {
        if (!m_waitedForReboot) {
            m_terminal.error(m_terminal.yellow(
                first.error().is(ApiError::Rebooting)
                    ? QCoreApplication::translate("upgradectl",
                          "The Management Node is rebooting (expected during an upgrade); waiting for it to "
                          "answer again… (Ctrl-C stops)")
                    : QCoreApplication::translate("upgradectl",
                          "The Management Node does not answer. This workstation last saw it installing its "
                          "upgrade, so this is taken for its reboot (up to an hour); waiting for it to answer "
                          "again… (Ctrl-C stops)")));
            m_waitedForReboot = true;
        }
        const qint64 retry = first.error().details.value(u"retry_after_seconds"_s).toLongLong();
        co_await QCoro::sleepFor(std::chrono::seconds(std::clamp<qint64>(retry, 3, 15)));
        first = co_await m_client->managementVm();
    }
    if (interrupted()) {
        m_client.reset();
        co_return Interrupted;
    }
    if (first)
        co_return std::nullopt;
    if (!first.error().is(TlsError::Untrusted) || m_terminal.isJson()) {
        const int code = fail(first.error());
        m_client.reset();
        co_return code;
    }

    // Trust on first use: show the certificate, pin it only on a yes.
    const QVariantMap &d = first.error().details;
    const QString fingerprint = d.value(u"fingerprint"_s).toString();
    m_terminal.error(m_terminal.yellow(first.error().message));
    m_terminal.error(QCoreApplication::translate("upgradectl",
                         "  subject:     %1").arg(d.value(u"subject"_s).toString()));
    m_terminal.error(QCoreApplication::translate("upgradectl", "  fingerprint: %1").arg(fingerprint));
    if (!m_terminal.isInteractive() || fingerprint.isEmpty()) {
        m_terminal.error(QCoreApplication::translate("upgradectl",
                             "To trust it, run again with --pin %1").arg(fingerprint));
        m_client.reset();
        co_return Connection;
    }
    const QString question = m_profile
                                 ? QCoreApplication::translate("upgradectl", "Trust this certificate and pin it in profile %1?")
                                       .arg(m_profile->name)
                                 : QCoreApplication::translate("upgradectl", "Trust this certificate for this run?");
    if (!m_terminal.confirm(question)) {
        m_client.reset();
        co_return Declined;
    }
    api::ConnectionSettings pinned = settings.value();
    pinned.trust = api::TlsTrust::pinned(fingerprint.toLatin1());
    m_client = std::make_unique<api::ManagementClient>(pinned);
    auto again = co_await m_client->managementVm();
    if (!again) {
        const int code = fail(again.error());
        m_client.reset();
        co_return code;
    }
    if (!m_profile) {
        // Nothing to keep it in: trusted for this run only.
        m_terminal.print(QCoreApplication::translate("upgradectl",
                             "Trusted for this run only. To trust it every time, give --pin %1, or save a profile "
                             "with it (upgradectl profile save NAME --url URL --user NAME --pin %1).")
                             .arg(QString::fromLatin1(pinned.trust.pinnedSha256)));
        co_return std::nullopt;
    }
    Profile updated = *m_profile;
    updated.pinnedSha256 = pinned.trust.pinnedSha256;
    if (auto saved = m_profiles.save(updated)) {
        m_profile = saved.value();
        m_terminal.print(QCoreApplication::translate("upgradectl", "Pinned in profile %1.").arg(m_profile->name));
    } else {
        m_terminal.error(m_terminal.yellow(QCoreApplication::translate("upgradectl",
                             "The certificate is trusted for this run, but profile %1 could not keep the pin: %2")
                             .arg(m_profile->name, saved.error().message)));
    }
    co_return std::nullopt;
}

} // namespace iuc::cli
