// profile: saved deployments for --profile, passwords in the OS keychain.

#include "cli/commands/commands.h"

#include "core/api/tlstrust.h"
#include "core/session/alertwebhook.h"
#include "core/storage/profilestore.h"
#include "core/storage/secretstore.h"
#include "core/storage/storageerrors.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace iuc::cli {

QCoro::Task<int> profileCommand(Terminal &t, ProfileStore &profiles, SecretStore &secrets, const QStringList &args,
                                const ConnectOptions &options, const std::optional<QString> &webhook)
{
    const QString action = args.value(0);
    if (action == u"list"_s && args.size() == 1) {
        QList<QStringList> rows;
        for (const Profile &p : profiles.list()) {
            rows.append({p.name, p.url.toString(), p.user,
                         !p.pinnedSha256.isEmpty() ? QCoreApplication::translate("upgradectl",
                                                         "pinned") : (!p.caFile.isEmpty() ? QCoreApplication::translate("upgradectl", "CA file") : QCoreApplication::translate("upgradectl", "system")),
                         p.alertWebhook});
        }
        if (rows.isEmpty())
            t.print(QCoreApplication::translate("upgradectl",
                        "No profiles yet: upgradectl profile save NAME --url URL --user NAME [--pin SHA256]"));
        else
            t.print(renderTable({QCoreApplication::translate("upgradectl",
                                     "Profile"), QCoreApplication::translate("upgradectl", "URL"), QCoreApplication::translate("upgradectl", "User"), QCoreApplication::translate("upgradectl", "Certificate"), QCoreApplication::translate("upgradectl", "Alert webhook")}, rows));
        co_return Ok;
    }
    if (action == u"remove"_s && args.size() == 2) {
        const auto existing = profiles.profile(args.at(1));
        if (!existing) {
            t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(existing.error().message)));
            co_return Usage;
        }
        const QString key = ProfileStore::secretKey(existing.value()); // no temporary in co_await (GCC 12)
        const auto forgotten = co_await secrets.removePassword(key);
        if (!forgotten)
            t.error(t.yellow(forgotten.error().message));
        if (!existing->alertWebhook.isEmpty()) {
            const QString hookKey = ProfileStore::webhookKey(existing.value());
            (void)co_await secrets.removePassword(hookKey);
        }
        const auto removed = profiles.remove(args.at(1));
        if (!removed) {
            t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(removed.error().message)));
            co_return Failed;
        }
        t.print(QCoreApplication::translate("upgradectl",
                    "Removed profile %1 and its saved password.").arg(args.at(1)));
        co_return Ok;
    }
    if (action != u"save"_s || args.size() != 2) {
        t.error(QCoreApplication::translate("upgradectl",
                    "upgradectl: usage: upgradectl profile list | profile save NAME --url URL --user NAME "
                    "[--pin SHA256 | --ca FILE] [--password-env VAR] [--webhook URL | --no-webhook] | "
                    "profile remove NAME"));
        co_return Usage;
    }

    Profile p;
    if (const auto existing = profiles.profile(args.at(1)))
        p = existing.value(); // editing: keep what is not given again
    p.name = args.at(1);
    if (!options.url.isEmpty())
        p.url = QUrl(options.url);
    if (!options.user.isEmpty())
        p.user = options.user;
    if (!options.pin.isEmpty()) {
        p.pinnedSha256 = api::TlsTrust::normalizeFingerprint(options.pin.toLatin1());
        p.caFile.clear();
    } else if (!options.caFile.isEmpty()) {
        p.caFile = options.caFile;
        p.pinnedSha256.clear();
    }
    std::optional<QUrl> hook;
    if (webhook && !webhook->isEmpty()) {
        const Result<QUrl> checked = AlertWebhook::validate(*webhook);
        if (!checked) {
            t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(checked.error().message)));
            co_return Usage;
        }
        hook = checked.value();
    }
    if (webhook) // given or removed: saved with the profile only once the keychain has it
        p.alertWebhook.clear();
    auto saved = profiles.save(p);
    if (!saved) {
        t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(saved.error().message)));
        co_return Usage;
    }
    if (webhook) {
        const QString hookKey = ProfileStore::webhookKey(saved.value()); // no temporary in co_await (GCC 12)
        if (!hook) {
            (void)co_await secrets.removePassword(hookKey);
            t.print(QCoreApplication::translate("upgradectl", "Profile %1 sends no alerts to a webhook.").arg(p.name));
        } else {
            const QString address = hook->toString();
            const auto kept = co_await secrets.writePassword(hookKey, address);
            if (kept && kept.value() == SecretStore::Kept::InKeychain) {
                p.alertWebhook = AlertWebhook::displayForm(*hook);
                saved = profiles.save(p);
                t.print(QCoreApplication::translate("upgradectl", "Alerts of %1 go to the webhook %2 too; its URL is "
                                                                  "in the keychain.")
                            .arg(p.name, p.alertWebhook));
            } else {
                t.error(t.yellow(CliContext::keychainProblem(kept ? Error{SecretError::NoKeychain, {}} : kept.error(),
                                                             p.name)));
                t.error(t.yellow(QCoreApplication::translate("upgradectl", "The alert webhook was not saved: its URL "
                                                                           "is a secret and is kept only in the "
                                                                           "keychain.")));
            }
        }
        if (options.passwordEnv.isEmpty() && options.url.isEmpty() && options.user.isEmpty())
            co_return Ok; // only the webhook changed: no password asked
    }

    QString password;
    if (!options.passwordEnv.isEmpty()) {
        password = qEnvironmentVariable(options.passwordEnv.toLocal8Bit().constData());
    } else if (const auto typed = t.readSecret(QCoreApplication::translate("upgradectl",
                                                   "Password for %1 (saved in the keychain): ").arg(p.user))) {
        password = *typed;
    }
    if (password.isEmpty()) {
        t.print(QCoreApplication::translate("upgradectl",
                    "Saved profile %1 without a password: you will be asked for it.").arg(p.name));
        co_return Ok;
    }
    const QString key = ProfileStore::secretKey(saved.value()); // no temporary in co_await (GCC 12)
    const auto stored = co_await secrets.writePassword(key, password);
    if (!stored || stored.value() == SecretStore::Kept::ForThisSessionOnly) {
        t.error(t.yellow(CliContext::keychainProblem(stored ? Error{SecretError::NoKeychain, {}} : stored.error(), p.name)));
        t.print(QCoreApplication::translate("upgradectl", "Saved profile %1; the password was not saved.").arg(p.name));
        co_return Ok;
    }
    t.print(QCoreApplication::translate("upgradectl",
                "Saved profile %1; its password is in the keychain.").arg(p.name));
    co_return Ok;
}

} // namespace iuc::cli
