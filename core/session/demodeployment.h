#pragma once

#include "core/api/managementclient.h"
#include "core/domain/result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace iuc {

// A demo deployment started for the console (`upgrade-console --demo`, or
// the connect dialog's "Open demo deployment"). The ui knows only this: the
// entry point hands in a factory that starts the emulator (DESIGN §3).
struct DemoDeployment
{
    api::ConnectionSettings settings; // loopback HTTPS, pinned to the emulator's certificate
    // The same deployment through a read-only account (the wall display's).
    api::ConnectionSettings readOnlySettings;
    QString name;                     // shown as the deployment's name
    QString packagePath;              // an upgrade package to try: the first hop's
    QStringList hopPackagePaths;      // one package per hop, in order (v3: the 6 package, then the 11 one)
    QString wrongFilePath;            // a file that is not a package, to see the refusal
    // The twin serves no administrator log in its API (a real node's
    // profile): the console receives it by syslog on loopback and adds
    // itself to the twin's syslog servers, without asking (its own twin).
    bool linkSyslog = false;
    std::shared_ptr<void> keepAlive;  // the running emulator; the demo ends when the last copy goes
};

using DemoFactory = std::function<Result<DemoDeployment>()>;

} // namespace iuc
