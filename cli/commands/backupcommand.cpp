// backup: a configuration backup made by the Management Node (issue 15),
// its passphrase typed (twice) or from an environment variable; never kept.

#include "cli/commands/commands.h"

#include "core/session/backup.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace iuc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("upgradectl", text);
}

} // namespace

QCoro::Task<int> backupCommand(CliContext &context, const QString &passphraseEnv)
{
    Terminal &t = context.terminal();
    QString passphrase;
    if (!passphraseEnv.isEmpty()) {
        passphrase = qEnvironmentVariable(passphraseEnv.toLocal8Bit().constData());
        if (passphrase.isEmpty()) {
            t.error(t.red(tr("upgradectl: the environment variable %1 is empty or not set.").arg(passphraseEnv)));
            co_return Usage;
        }
    } else {
        const std::optional<QString> first = t.readSecret(tr("Passphrase for the backup file (not kept anywhere): "));
        const std::optional<QString> again = first ? t.readSecret(tr("The same passphrase again: ")) : std::nullopt;
        if (!first || first->isEmpty()) {
            t.error(tr("upgradectl: no passphrase: run upgradectl in a terminal to be asked, or name an "
                       "environment variable holding it with --passphrase-env VAR."));
            co_return Usage;
        }
        if (!again || *again != *first) {
            t.error(t.red(tr("upgradectl: the two passphrases differ; nothing was asked of the Management Node.")));
            co_return Usage;
        }
        passphrase = *first;
    }
    t.print(tr("Asking the Management Node for a configuration backup…"));
    const Result<BackupOutcome> made = co_await createBackup(context.client(), passphrase);
    passphrase.fill(u' '); // not left in memory longer than needed
    if (!made)
        co_return context.fail(made.error());
    const QString at = made->at.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    if (made->finished) {
        t.print(t.green(tr("The Management Node created the backup (%1 UTC). Download it from its web interface "
                           "(Utilities ▸ Backup/restore); keep the passphrase: the file cannot be restored without it.")
                            .arg(at)));
    } else {
        t.print(tr("The Management Node took the request at %1 UTC and creates the backup in the background; its "
                   "web interface lists it under Utilities ▸ Backup/restore once done. Keep the passphrase: the "
                   "file cannot be restored without it.")
                    .arg(at));
    }
    co_return Ok;
}

} // namespace iuc::cli
