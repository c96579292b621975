#pragma once

// The programs in the user's language: upgrade-console and upgradectl load
// the same translations (the .qm files built from this folder's .ts files,
// installed beside the programs: translationsDirectory()) and Qt's own.

#include <QString>

class QCoreApplication;

namespace iuc {

// The value of `--lang CODE` or `--lang=CODE`, read before the options are
// parsed so that the options' own texts are translated too; empty without.
QString languageArgument(int argc, char **argv);

// The language to show: `requested` when given, else the user's locale
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix; the system's elsewhere).
QString chooseLanguage(const QString &requested);

// Where the .qm files are: share/upgrade-console/translations above the
// program's bin/ folder (Linux, Windows, and the build tree, laid out as
// once installed), Contents/Resources/translations in the macOS bundle.
QString translationsDirectory();

// Installs this project's and Qt's translations for `code` ("nb", "de",
// "nb_NO"…). False, and nothing installed, when there is none for it: the
// program stays in English, quietly.
bool installTranslations(QCoreApplication &app, const QString &code);

} // namespace iuc
