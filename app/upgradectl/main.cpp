// upgradectl: the console's core as a command-line tool for terminals and
// scripts. Entry point only: translations, options, the command.

#include "app/upgradectl/options.h"
#include "cli/commands/commandline.h"
#include "cli/commands/commands.h"
#include "core/api/opensslexit.h"
#include "core/storage/profilestore.h"
#include "core/storage/secretstore.h"
#include "generated/version.h"
#include "translations/translations.h"

#include <QCoreApplication>

#include <QCoro/QCoroTask>

#include <variant>

using namespace Qt::StringLiterals;

namespace {

// --json output stays English whatever the locale: scripts read it.
bool wantsJson(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--json") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    iuc::api::keepOpenSslUntilProcessExit(); // first: see its header
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(iuc::ProfileStore::defaultOrganization());
    QCoreApplication::setApplicationName(u"upgradectl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IUC_VERSION_FULL));
    if (!wantsJson(argc, argv))
        iuc::installTranslations(app, iuc::chooseLanguage(iuc::languageArgument(argc, argv)));

    const auto parsed = iuc::cli::parseOptions(QCoreApplication::arguments());
    if (const int *exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const iuc::cli::CommandLine &line = std::get<iuc::cli::ParsedOptions>(parsed).line;

    iuc::cli::Terminal terminal;
    terminal.setJson(line.json);
    iuc::ProfileStore profiles;
    iuc::SecretStore secrets;
    iuc::cli::installInterruptHandler();
    return QCoro::waitFor(iuc::cli::runCommandLine(line, terminal, profiles, secrets));
}
