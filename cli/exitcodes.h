#pragma once

namespace iuc::cli {

// upgradectl's exit codes, documented in --help and the README. Scripts
// branch on them, so they never change meaning. (Before 0.2, a refused
// sign-in exited 2 like an unreachable Management Node; it is 9 now.)
enum ExitCode : int {
    Ok = 0,              // done; for upgrade/watch: the run completed
    Usage = 1,           // wrong options or arguments
    Connection = 2,      // cannot reach the Management Node, or its certificate is not the trusted one
    Refused = 3,         // the package or the request was refused (wrong file, downgrade, nothing to do…)
    Locked = 4,          // an upgrade is already running (R7): HTTP 409
    StoppedAtDeadline = 5, // the run stopped at its 24-hour limit with systems left behind (R5)
    Abandoned = 6,       // the run was abandoned (Management Node rebooted) or its upgrade failed
    Declined = 7,        // the admin answered no at a confirmation
    Failed = 8,          // anything else went wrong (upload failed, server error)
    SignInRefused = 9,   // the Management Node refused the user name or password, or the account's role
    Interrupted = 130,   // Ctrl-C
};

} // namespace iuc::cli
