#include "translations/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

using namespace Qt::StringLiterals;

namespace iuc {

QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]).trimmed();
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7).trimmed();
    }
    return {};
}

QString chooseLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    // QLocale::system() reads LC_ALL, LC_MESSAGES and LANG; LANGUAGE (a list
    // of preferences, GNU gettext's) comes first where it is set.
    const QString preferred = qEnvironmentVariable("LANGUAGE").section(u':', 0, 0);
    if (!preferred.isEmpty())
        return preferred;
    return QLocale::system().name(); // "nb_NO", "de_DE", "C"
}

QString translationsDirectory()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u'/' + QLatin1StringView(IUC_TRANSLATIONS_FROM_BIN));
}

bool installTranslations(QCoreApplication &app, const QString &code)
{
    if (code.isEmpty() || code == u"C" || code == u"POSIX")
        return false;
    const QLocale locale(code);
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return false;
    auto *own = new QTranslator(&app);
    // "nb_NO" finds upgrade-console_nb.qm (QTranslator tries the shorter names).
    if (!own->load(locale, u"upgrade-console"_s, u"_"_s, translationsDirectory())) {
        delete own;
        return false;
    }
    QLocale::setDefault(locale);
    QCoreApplication::installTranslator(own);
    // Qt's own texts (Cancel, Close, the file dialog). Debian and others ship
    // Nynorsk but no Bokmål for them: close enough for buttons.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, qtDir)
        || (locale.language() == QLocale::NorwegianBokmal && qt->load(u"qtbase_nn"_s, qtDir))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return true;
}

} // namespace iuc
