#pragma once

// upgrade-console's command-line options (QCommandLineParser): its --help,
// and what they ask for.

#include "emulator/demo/consoledemo.h"

#include <QString>

#include <variant>

class QCoreApplication;

namespace iuc::console {

struct Options
{
    bool demo = false;
    bool demoRun = false;
    bool wizard = false;
    bool wall = false;
    QString profile;
    QString screenshot;
    int screenshotAfterSeconds = 20;
    demo::DemoOptions demoOptions;
};

// Whether `name` (e.g. "--screenshot") is among the arguments, alone or as
// name=value: for the choices made before QApplication exists.
bool hasArgument(int argc, char **argv, const char *name);

// --help and --version print text: they need no window.
bool wantsTextOnly(int argc, char **argv);

// On Linux and the BSDs a window needs an X11 or Wayland display, unless a
// Qt platform was chosen explicitly (offscreen, vnc, …). Without one,
// QApplication would abort with a message that does not say what to do.
bool hasDisplay();

// The options of `app`'s arguments, or the message that says what is wrong
// with them. --help and --version print and exit, as does an unknown option.
std::variant<Options, QString> parseOptions(const QCoreApplication &app);

} // namespace iuc::console
