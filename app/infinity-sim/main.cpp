// infinity-sim: a simulated Pexip Infinity deployment serving the Management
// Node API (docs/api.md), and a maker of upgrade packages for tests and
// demos. Entry point only: the command, its options, and running it.

#include "app/infinity-sim/options.h"
#include "emulator/server/emulator.h"
#include "emulator/server/servererrors.h"
#include "emulator/support/packagewriter.h"
#include "generated/version.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::sim;

namespace {

std::atomic_bool g_stop = false;

void onSignal(int)
{
    g_stop = true;
}

// Exit codes (also in the usage text): 0 stopped cleanly, 1 wrong options,
// 2 could not start, 3 the port is in use.
enum ExitCode : int { Stopped = 0, Usage = 1, NotStarted = 2, PortInUse = 3 };

int fail(const QString &message, int code = NotStarted)
{
    std::fprintf(stderr, "infinity-sim: %s\n", qPrintable(message));
    return code;
}

void print(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

int makePackage(const QStringList &arguments)
{
    const auto parsed = parseMakePackageOptions(arguments);
    if (const QString *problem = std::get_if<QString>(&parsed))
        return fail(*problem, Usage);
    const MakePackageOptions &o = std::get<MakePackageOptions>(parsed);
    if (o.notAPackage) {
        const auto written = writeNotAPackage(o.out, o.bytes);
        if (!written)
            return fail(written.error().message);
        print(u"Wrote %1 (%2 bytes), which is not an upgrade package."_s.arg(o.out).arg(written.value()));
        return 0;
    }
    const auto written = writePackage(o.out, o.manifest, o.bytes);
    if (!written)
        return fail(written.error().message);
    print(u"Wrote %1: version %2, %3 bytes."_s.arg(o.out, o.manifest.version.toString()).arg(written.value()));
    return 0;
}

int serve(const QStringList &arguments)
{
    auto parsed = parseServeOptions(arguments);
    if (const QString *problem = std::get_if<QString>(&parsed))
        return fail(*problem, Usage);
    ServeOptions &o = std::get<ServeOptions>(parsed);
    auto emulator = Emulator::start(std::move(o.settings));
    if (!emulator)
        return fail(emulator.error().message, emulator.error().is(ServerError::PortInUse) ? PortInUse : NotStarted);
    Emulator &e = *emulator.value();
    print(u"infinity-sim: serving %1 Conferencing Nodes at %2/api/admin/ (API profile %3)"_s
              .arg(e.server().withDeployment([](Deployment &d) { return d.nodes().size(); }))
              .arg(e.url(), apiProfileName(e.server().api())));
    if (!e.fingerprint().isEmpty())
        print(u"certificate SHA-256 fingerprint: %1"_s.arg(QString::fromLatin1(e.fingerprint())));
    if (!o.generatedPassword.isEmpty())
        print(u"user: admin  password: %1  (set your own with --user NAME:PASSWORD)"_s.arg(o.generatedPassword));
    print(u"time scale: %1x; press Ctrl-C to stop"_s.arg(e.clock().scale()));

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    while (!g_stop)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    e.stop();
    print(u"infinity-sim: stopped"_s);
    return Stopped;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"infinity-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IUC_VERSION_FULL));
    QCoreApplication::setOrganizationName(u"InfinityUpgradeConsole"_s);
    QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == u"serve" || command == u"make-package") {
        args.removeAt(1);
        args[0] += u' ' + command;
        return command == u"serve" ? serve(args) : makePackage(args);
    }
    if (command == u"--version" || command == u"-v") {
        print(u"infinity-sim "_s + QCoreApplication::applicationVersion());
        return Stopped;
    }
    const bool help = command.isEmpty() || command == u"--help" || command == u"-h";
    std::fputs("Usage: infinity-sim serve [options]\n"
               "  or:  infinity-sim make-package [options] OUT\n"
               "  or:  infinity-sim --version\n"
               "A simulated Pexip Infinity deployment serving the Management Node API, and a maker of\n"
               "upgrade packages for it.\n"
               "\n"
               "Commands:\n"
               "  serve          serve a simulated Management Node until Ctrl-C (serve --help)\n"
               "  make-package   write an upgrade package of any size (make-package --help)\n"
               "\n"
               "Exit codes: 0 stopped cleanly, 1 wrong options, 2 could not start, 3 the port is in use.\n",
               help ? stdout : stderr);
    return help ? Stopped : Usage;
}
