// The console's translations (translations/upgrade-console_<code>.ts), as an
// admin who starts `upgrade-console --lang <code>` relies on them: every
// message translated, the values the code fills in kept in the translation,
// every plural form there, no string of the code missing from the files, and
// the real console loading them from its resources.

#include "tests/common/consoleprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kLupdateTimeoutMs = 120000;
constexpr int kConsoleTimeoutMs = 180000;
// What the report names of a long list of offenders.
constexpr qsizetype kNamed = 5;

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList forms;

    [[nodiscard]] bool active() const { return type != u"vanished" && type != u"obsolete"; }
    [[nodiscard]] QString key() const { return context + u'\n' + source + u'\n' + comment; }
    [[nodiscard]] QString where() const
    {
        const QString text = source.size() > 90 ? source.left(90) + u'…' : source;
        return context + u": \""_s + text + u'"';
    }
};

struct TsFile
{
    QString language; // "nb", "de": the part of the file's language before '_'
    QList<TsMessage> messages;
    QString error;
};

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.type = xml.attributes().value(u"type"_s).toString();
    if (!message.numerus) {
        message.forms = {xml.readElementText(QXmlStreamReader::IncludeChildElements)};
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == u"numerusform")
            message.forms.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source")
            message.source = xml.readElementText();
        else if (xml.name() == u"comment")
            message.comment = xml.readElementText();
        else if (xml.name() == u"translation")
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == u"TS") {
        ts.language = xml.attributes().value(u"language"_s).toString().section(u'_', 0, 0);
        while (xml.readNextStartElement()) {
            if (xml.name() != u"context") {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name")
                    context = xml.readElementText();
                else if (xml.name() == u"message")
                    ts.messages.append(readMessage(xml, context));
                else
                    xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    else if (ts.language.isEmpty())
        ts.error = u"%1 is not a .ts file with a language"_s.arg(path);
    return ts;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(IUC_TS_DIR));
    QStringList paths;
    for (const QString &name : dir.entryList({u"upgrade-console_*.ts"_s}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

// "upgrade-console_nb.ts" -> "nb"
QString languageCode(const QString &path)
{
    return QFileInfo(path).completeBaseName().section(u'_', 1);
}

// The values QString::arg() and tr(…, n) fill in: %1 … %9 (also as %L1) and %n.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?([1-9]|n)(?![0-9])"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(u'%' + it.next().captured(1));
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

// How many plural forms a language has (Qt's numerus rules, as lrelease
// writes them). A new language is added here with its .ts file.
int numerusForms(const QString &language)
{
    static const QHash<QString, int> forms{{u"nb"_s, 2}, {u"de"_s, 2}};
    return forms.value(language, -1);
}

QString named(const QStringList &offenders)
{
    QStringList first = offenders.first(std::min(offenders.size(), kNamed));
    if (offenders.size() > kNamed)
        first.append(u"… and %1 more"_s.arg(offenders.size() - kNamed));
    return u"\n  "_s + first.join(u"\n  "_s);
}

using Run = iuc::test::ConsoleRun;

Run runConsole(const QStringList &arguments, const QTemporaryDir &home)
{
    QProcessEnvironment env = iuc::test::privateEnvironment(home);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s); // no display needed
    return iuc::test::runProgram(QStringLiteral(UPGRADE_CONSOLE_PATH), arguments, env, kConsoleTimeoutMs);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void everyMessage_isTranslated_data() { addTsFiles(); }
    void everyMessage_isTranslated();
    void noMessage_namesARuleNumber_data() { addTsFiles(); }
    void noMessage_namesARuleNumber();
    void placeholders_sameAsInTheSource_data() { addTsFiles(); }
    void placeholders_sameAsInTheSource();
    void plurals_haveEveryFormOfTheLanguage_data() { addTsFiles(); }
    void plurals_haveEveryFormOfTheLanguage();
    void tsFiles_holdEveryStringOfTheCode();
    void console_showsCoreErrorsInTheChosenLanguage_data() { addTsFiles(); }
    void console_showsCoreErrorsInTheChosenLanguage();
    void console_runsTheDemoInEachLanguage_data() { addTsFiles(); }
    void console_runsTheDemoInEachLanguage();
    void upgradectl_speaksTheChosenLanguageAndTheLocales_data() { addTsFiles(); }
    void upgradectl_speaksTheChosenLanguageAndTheLocales();

private:
    static void addTsFiles();
    QTemporaryDir m_home; // shared: the demo writes its package to the cache once
};

void TestTranslations::initTestCase()
{
    QVERIFY2(!tsFiles().isEmpty(), "no upgrade-console_*.ts in " IUC_TS_DIR);
    QVERIFY(m_home.isValid());
}

void TestTranslations::addTsFiles()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : tsFiles())
        QTest::newRow(qPrintable(languageCode(path))) << path;
}

void TestTranslations::everyMessage_isTranslated()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());

    QStringList offenders;
    for (const TsMessage &m : ts.messages) {
        if (!m.active())
            continue;
        const bool empty = m.forms.isEmpty()
                           || std::any_of(m.forms.cbegin(), m.forms.cend(),
                                          [](const QString &form) { return form.trimmed().isEmpty(); });
        if (m.type == u"unfinished" || empty)
            offenders.append(m.where());
    }
    QVERIFY2(offenders.isEmpty(),
             qPrintable(u"%3: messages unfinished or empty, %1 of %2:%4"_s.arg(offenders.size())
                            .arg(ts.messages.size())
                            .arg(QFileInfo(path).fileName(), named(offenders))));
}

// R1–R13 are the design's names for the rules, for code and tests: an admin
// is told what a rule means, never its number.
void TestTranslations::noMessage_namesARuleNumber()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    static const QRegularExpression rule(u"\\bR(1[0-3]|[1-9])\\b"_s);
    QStringList offenders;
    for (const TsMessage &m : ts.messages) {
        if (!m.active())
            continue;
        if (rule.match(m.source).hasMatch()
            || std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &f) { return rule.match(f).hasMatch(); }))
            offenders.append(m.where());
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(u"messages naming a rule number:"_s + named(offenders)));
}

void TestTranslations::placeholders_sameAsInTheSource()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));

    QStringList offenders;
    for (const TsMessage &m : ts.messages) {
        if (!m.active() || m.type == u"unfinished")
            continue; // everyMessage_isTranslated names those
        const QStringList expected = placeholders(m.source);
        for (const QString &form : m.forms) {
            const QStringList found = placeholders(form);
            if (found != expected) {
                offenders.append(m.where() + u" has "_s + expected.join(u' ') + u", the translation "_s
                                 + (found.isEmpty() ? u"none"_s : found.join(u' ')));
                break;
            }
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(u"%1: messages whose placeholders differ from the source: %2%3"_s.arg(
                                      QFileInfo(path).fileName())
                                                 .arg(offenders.size())
                                                 .arg(named(offenders))));
}

void TestTranslations::plurals_haveEveryFormOfTheLanguage()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    const int forms = numerusForms(ts.language);
    QVERIFY2(forms > 0, qPrintable(u"add the number of plural forms of \"%1\" to numerusForms()"_s.arg(ts.language)));

    QStringList offenders;
    for (const TsMessage &m : ts.messages) {
        if (!m.active() || !m.numerus)
            continue;
        const bool complete = m.forms.size() == forms
                              && std::none_of(m.forms.cbegin(), m.forms.cend(),
                                              [](const QString &form) { return form.trimmed().isEmpty(); });
        if (!complete)
            offenders.append(u"%1 (%2 of %3 forms)"_s.arg(m.where(), QString::number(m.forms.size()),
                                                         QString::number(forms)));
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(u"%1: plural messages without every form:%2"_s.arg(
                                      QFileInfo(path).fileName(), named(offenders))));
}

// A string added to the code without `--target update_translations` would
// show in English: lupdate, run over the console's sources into copies of
// the .ts files, must find nothing the committed files lack.
void TestTranslations::tsFiles_holdEveryStringOfTheCode()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    QStringList copies;
    for (const QString &path : tsFiles()) {
        const QString copy = work.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));
        copies.append(copy);
    }
    QProcess lupdate;
    lupdate.start(QStringLiteral(IUC_LUPDATE_PATH),
                  QStringList{u"-project"_s, QStringLiteral(IUC_LUPDATE_PROJECT), u"-locations"_s, u"none"_s, u"-ts"_s}
                      + copies);
    QVERIFY2(lupdate.waitForFinished(kLupdateTimeoutMs), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    const QStringList committedPaths = tsFiles();
    for (qsizetype i = 0; i < copies.size(); ++i) {
        const TsFile committed = readTs(committedPaths.at(i));
        const TsFile fresh = readTs(copies.at(i));
        QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));

        QSet<QString> known;
        for (const TsMessage &m : committed.messages) {
            if (m.active())
                known.insert(m.key());
        }
        QStringList missing;
        QSet<QString> inCode;
        for (const TsMessage &m : fresh.messages) {
            if (!m.active())
                continue;
            inCode.insert(m.key());
            if (!known.contains(m.key()))
                missing.append(m.where());
        }
        const QString file = QFileInfo(committedPaths.at(i)).fileName();
        // Strings no longer in the code cost nothing at run time: said, not failed.
        if (const qsizetype stale = known.size() - (known & inCode).size(); stale > 0)
            qInfo("%s holds strings the code no longer has (%lld); update_translations drops them", qPrintable(file),
                  static_cast<long long>(stale));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"%1 lacks strings of the code (%2); run `cmake --build build/dev --target "
                            "update_translations` and translate them:%3"_s.arg(file)
                                .arg(missing.size())
                                .arg(named(missing))));
    }
}

// An error from core, shown by the real console started with --lang: the
// .qm beside the program is found and core's messages reach the user
// translated. A demo version that is not a version fails before any window
// work, with the message of Version::parse on stderr.
void TestTranslations::console_showsCoreErrorsInTheChosenLanguage()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    const QString english = u"\"%1\" is not a version. A version looks like \"11\" or \"24 (55691.0.0)\"."_s;
    const auto message = std::find_if(ts.messages.cbegin(), ts.messages.cend(), [&](const TsMessage &m) {
        return m.context == u"Version" && m.source == english && m.active();
    });
    QVERIFY2(message != ts.messages.cend(), "the test names a message core/domain/version.cpp no longer has");
    QVERIFY(!message->forms.isEmpty());
    const QString expected = message->forms.constFirst().arg(u"banana"_s);
    QVERIFY2(expected != english.arg(u"banana"_s), "the translation is the English text");

    const QString code = languageCode(path);
    const Run run = runConsole({u"--demo"_s, u"--demo-version"_s, u"banana"_s, u"--lang"_s, code, u"--screenshot"_s,
                                m_home.filePath(u"unused.png"_s)},
                               m_home);
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(expected),
             qPrintable(u"expected \"%1\" on stderr; %2"_s.arg(expected, QString::fromUtf8(run.describe()))));
}

void TestTranslations::console_runsTheDemoInEachLanguage()
{
    QFETCH(QString, path);
    const QString code = languageCode(path);
    const QString file = m_home.filePath(u"console-%1.png"_s.arg(code));
    const Run run = runConsole(
        {u"--demo"_s, u"--lang"_s, code, u"--screenshot"_s, file, u"--screenshot-after"_s, u"3"_s}, m_home);
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QFile picture(file);
    QVERIFY2(picture.open(QIODevice::ReadOnly), qPrintable(file));
    QVERIFY2(picture.read(4) == "\x89PNG", "not a PNG");
    // Kept next to the test for a person to look at.
    const QString kept = u"screenshot-console-%1.png"_s.arg(code);
    QFile::remove(kept);
    QVERIFY(QFile::copy(file, kept));
}

// upgradectl installs the same translations: from --lang, and from the
// locale when there is none. --json output stays English.
void TestTranslations::upgradectl_speaksTheChosenLanguageAndTheLocales()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    const QString english = u"Which Management Node? Give --url https://HOST[:PORT] or --profile NAME."_s;
    const auto message = std::find_if(ts.messages.cbegin(), ts.messages.cend(), [&](const TsMessage &m) {
        return m.context == u"upgradectl" && m.source == english && m.active();
    });
    QVERIFY2(message != ts.messages.cend(), "the test names a message cli/clicontext.cpp no longer has");
    const QString translated = message->forms.constFirst();
    QVERIFY2(translated != english, "the translation is the English text");

    const QString code = languageCode(path);
    QProcessEnvironment env = iuc::test::privateEnvironment(m_home);
    for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
        env.remove(name);
    env.insert(u"LANG"_s, u"C"_s);
    const auto run = [&](const QStringList &arguments) {
        return iuc::test::runProgram(QStringLiteral(UPGRADECTL_PATH), arguments, env, kConsoleTimeoutMs);
    };

    const Run chosen = run({u"--lang"_s, code, u"status"_s});
    QVERIFY2(chosen.finished, chosen.describe().constData());
    QVERIFY2(QString::fromUtf8(chosen.err).contains(translated), chosen.describe().constData());

    const Run plain = run({u"status"_s});
    QVERIFY2(QString::fromUtf8(plain.err).contains(english), plain.describe().constData());

    // The same language from the locale alone (what a terminal has).
    env.insert(u"LANG"_s, code + u".UTF-8"_s);
    const Run fromLocale = run({u"status"_s});
    QVERIFY2(QString::fromUtf8(fromLocale.err).contains(translated), fromLocale.describe().constData());

    // --help too: its description and options, from the same .qm.
    const QString helpSource = u"Upgrades a Pexip Infinity deployment from the command line."_s;
    const auto help = std::find_if(ts.messages.cbegin(), ts.messages.cend(), [&](const TsMessage &m) {
        return m.source.startsWith(helpSource) && m.active();
    });
    QVERIFY2(help != ts.messages.cend(), "the test names a message app/upgradectl/options.cpp no longer has");
    const QString helpTranslated = help->forms.constFirst().section(u'\n', 0, 0);
    QVERIFY2(helpTranslated != helpSource, "the translation is the English text");
    env.insert(u"LANG"_s, u"C"_s);
    const Run helpRun = run({u"--lang"_s, code, u"--help"_s});
    QVERIFY2(QString::fromUtf8(helpRun.out).contains(helpTranslated),
             qPrintable(u"expected \"%1\" in --help; %2"_s.arg(helpTranslated, QString::fromUtf8(helpRun.describe()))));

    // Scripts read --json: English whatever the locale or --lang.
    const Run json = run({u"--lang"_s, code, u"status"_s, u"--json"_s});
    QVERIFY2(!QString::fromUtf8(json.out + json.err).contains(translated), json.describe().constData());
    QCOMPARE(json.exitCode, chosen.exitCode);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
