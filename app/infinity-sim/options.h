#pragma once

// infinity-sim's command-line options (QCommandLineParser) for its two
// commands: serve and make-package.

#include "core/package/packagemanifest.h"
#include "emulator/server/emulator.h"

#include <QString>
#include <QStringList>

#include <variant>

namespace iuc::sim {

struct ServeOptions
{
    EmulatorSettings settings;
    QString generatedPassword; // admin's, when no --user was given: printed at start
};

struct MakePackageOptions
{
    QString out;
    qint64 bytes = 0;
    bool notAPackage = false; // --not-a-package: a wrong file for demos and tests
    PackageManifest manifest;
};

// What the arguments ask for, or what is wrong with them. --help prints and
// exits.
std::variant<ServeOptions, QString> parseServeOptions(const QStringList &arguments);
std::variant<MakePackageOptions, QString> parseMakePackageOptions(const QStringList &arguments);

} // namespace iuc::sim
