#pragma once

// upgradectl as a real process (UPGRADECTL_PATH), connected to a SimFixture
// over verified loopback HTTPS: what tst_upgradectl and
// tst_upgradectl_drain run it with.

#include "tests/common/simfixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace iuc::test {

using namespace Qt::StringLiterals;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Ctl final
{
public:
    explicit Ctl(SimFixture &sim) : m_sim(sim)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"IUC_TEST_PASSWORD"_s, u"secret"_s);
        env.insert(u"NO_COLOR"_s, u"1"_s);
        m_process.setProcessEnvironment(env);
    }

    QStringList connection(const QString &pin = {}) const
    {
        return {u"--url"_s, u"https://localhost:%1"_s.arg(m_sim.port()), u"--user"_s, u"admin"_s,
                u"--password-env"_s, u"IUC_TEST_PASSWORD"_s, u"--pin"_s,
                pin.isEmpty() ? QString::fromLatin1(m_sim.emulator().fingerprint()) : pin};
    }

    // Keeps this run's data (the run record) in `directory`, not the user's.
    void setDataHome(const QString &directory)
    {
        QProcessEnvironment env = m_process.processEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, directory);
        m_process.setProcessEnvironment(env);
    }

    void start(const QStringList &args) { m_process.start(QStringLiteral(UPGRADECTL_PATH), args); }
    // upgradectl in a pseudo-terminal (script(1)), as an admin types in it:
    // false when script(1) is not installed.
    bool startInTerminal(const QStringList &args)
    {
        const QString script = QStandardPaths::findExecutable(u"script"_s);
        if (script.isEmpty())
            return false;
        QStringList command{QStringLiteral(UPGRADECTL_PATH)};
        command += args;
        for (QString &word : command)
            word = u"'"_s + word.replace(u"'"_s, u"'\\''"_s) + u"'"_s;
        m_process.start(script, {u"-qfec"_s, command.join(u' '), u"/dev/null"_s});
        return true;
    }
    // Until the output holds `text` (60 s at most).
    bool waitForOutput(const QString &text)
    {
        return SimFixture::pollUntil([&] {
            m_process.waitForReadyRead(200);
            return output().contains(text);
        });
    }
    QProcess &process() { return m_process; }

    Run finish(int timeoutMs = 120'000)
    {
        m_process.closeWriteChannel();
        const bool ended = m_process.waitForFinished(timeoutMs);
        if (!ended) { // a hang is a failure, never the exit code of a process that never ended
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        const QString err = QString::fromUtf8(m_process.readAllStandardError())
                            + (ended ? QString() : u"\n[test: killed after %1 ms without ending]"_s.arg(timeoutMs));
        return Run{ended && m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1, m_out, err};
    }

    Run run(const QStringList &args, int timeoutMs = 120'000)
    {
        start(args);
        return finish(timeoutMs);
    }

    // Output so far (the process keeps running).
    QString output()
    {
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_out;
    }

private:
    SimFixture &m_sim;
    QProcess m_process;
    QString m_out;
};

} // namespace iuc::test

using iuc::test::Ctl;
using iuc::test::Run;
