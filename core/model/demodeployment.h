#pragma once

#include "api/managementclient.h"
#include "domain/result.h"

#include <QString>

#include <functional>
#include <memory>

namespace iuc {

// A demo deployment started for the console (`upgrade-console --demo`, or
// the connect dialog's "Open demo deployment"). The ui knows only this: the
// entry point hands in a factory that starts the emulator (DESIGN §3).
struct DemoDeployment
{
    api::ConnectionSettings settings; // loopback HTTPS, pinned to the emulator's certificate
    QString name;                     // shown as the deployment's name
    QString packagePath;              // an upgrade package to try
    QString wrongFilePath;            // a file that is not a package, to see the refusal
    std::shared_ptr<void> keepAlive;  // the running emulator; the demo ends when the last copy goes
};

using DemoFactory = std::function<Result<DemoDeployment>()>;

} // namespace iuc
