#pragma once

// Every logging category of the tree, in one place, so that
// QT_LOGGING_RULES can follow one part of a run:
//
//   QT_LOGGING_RULES="iuc.api.http.debug=true"   every request and its answer
//   QT_LOGGING_RULES="iuc.poller.debug=true"     the refresh loop
//   QT_LOGGING_RULES="iuc.*.debug=true"          everything
//
// Debug lines are off unless a rule turns them on; info and above are on.
// No line ever holds a password or an Authorization header: requests are
// logged by method and path, accounts by name (tests/core/domain/tst_logging
// and tests/integration/tst_client_api check it).

#include <QLoggingCategory>

namespace iuc {

Q_DECLARE_LOGGING_CATEGORY(lcHttp)     // iuc.api.http     requests to the Management Node and their answers
Q_DECLARE_LOGGING_CATEGORY(lcTls)      // iuc.api.tls      certificate checks, pins, first contact
Q_DECLARE_LOGGING_CATEGORY(lcPoller)   // iuc.poller       the refresh loop: chains, backoff, the reboot (R1)
Q_DECLARE_LOGGING_CATEGORY(lcUpload)   // iuc.upload       chunks, resumes, rate
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)  // iuc.secrets      the OS keychain
Q_DECLARE_LOGGING_CATEGORY(lcProfiles) // iuc.profiles     saved deployment profiles
Q_DECLARE_LOGGING_CATEGORY(lcPackage)  // iuc.package      reading an upgrade package
Q_DECLARE_LOGGING_CATEGORY(lcPaths)    // iuc.paths        the upgrade-path rules (R10)
Q_DECLARE_LOGGING_CATEGORY(lcStatuses) // iuc.statuses     upgrade-status spellings, and statuses inferred
Q_DECLARE_LOGGING_CATEGORY(lcSyslog)   // iuc.syslog       the administrator log received by syslog
Q_DECLARE_LOGGING_CATEGORY(lcEngine)   // iuc.engine       forecasts made from the engine
Q_DECLARE_LOGGING_CATEGORY(lcSession)  // iuc.session      a connected deployment
Q_DECLARE_LOGGING_CATEGORY(lcGuided)   // iuc.guided       the guided upgrade: plan, saved progress, lock
Q_DECLARE_LOGGING_CATEGORY(lcCli)      // iuc.cli          upgradectl
Q_DECLARE_LOGGING_CATEGORY(lcUi)       // iuc.ui           the console's windows and flows
Q_DECLARE_LOGGING_CATEGORY(lcWall)     // iuc.wall         the wall display
Q_DECLARE_LOGGING_CATEGORY(lcSim)      // iuc.sim          the emulated deployment: runs, reboots, faults
Q_DECLARE_LOGGING_CATEGORY(lcSimHttp)  // iuc.sim.http     the emulator's requests

} // namespace iuc
