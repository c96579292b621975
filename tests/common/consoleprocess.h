#pragma once

// upgrade-console run as the user starts it, for the tests that check the
// real binary (tests/ui/console/tst_upgradeconsole, tests/translations/tst_translations).

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace iuc::test {

struct ConsoleRun
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QByteArray describe() const { return "exit " + QByteArray::number(exitCode) + "\n" + out + err; }
};

// A private HOME (settings, profiles, cache): the run neither reads nor
// writes the user's own.
inline QProcessEnvironment privateEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    return env;
}

// Runs `program` to its end (killed after `timeoutMs`).
inline ConsoleRun runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                             int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ConsoleRun run;
    run.finished = process.waitForStarted(10000) && process.waitForFinished(timeoutMs);
    if (!run.finished)
        process.kill();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace iuc::test
