#pragma once

#include "core/domain/result.h"
#include "core/session/demodeployment.h"
#include "emulator/server/apiprofile.h"

#include <QString>

namespace iuc::demo {

// What `upgrade-console --demo` (and the Connect dialog's demo button) start.
struct DemoOptions
{
    int nodes = 12;
    QString version = QStringLiteral("10.2 (40234.0.0)"); // "3 (…)": a deployment that needs two hops
    double timeScale = 60.0; // simulated seconds per real second
    // Which Management Node the demo imitates: a real one by default. On the
    // real profiles the run view comes from the console's own record and the
    // administrator log by syslog (DemoDeployment::linkSyslog).
    sim::ApiProfile api = sim::ApiProfile::Pexip;
};

// Starts infinity-sim in this process (loopback HTTPS on a free port, a
// fresh data directory, an admin account with a random password) with a
// deployment worth watching: live calls, a node whose calls never clear
// (R4), a node that cannot be contacted (R8), a slow link, and the
// configuration-only nodes of the standard layout. The returned settings pin
// the emulator's certificate. The upgrade package for the next hop and a
// file that is no package are written next to each other in the cache
// directory, and reused by later demos.
Result<DemoDeployment> startDemo(const DemoOptions &options);

// Starts the rolling upgrade at once, as if the demo's package had been
// uploaded and confirmed: for screenshots and unattended showings. Only for
// a DemoDeployment made by startDemo().
Result<void> startDemoRun(const DemoDeployment &demo);

} // namespace iuc::demo
