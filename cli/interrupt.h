#pragma once

#include <atomic>

namespace iuc::cli {

// Ctrl-C and SIGTERM: long-running commands stop at their next check and
// exit 130 (Interrupted).
void installInterruptHandler();
[[nodiscard]] bool interrupted();
// The flag itself, for work that checks a cancel flag as it goes (reading a
// package).
[[nodiscard]] const std::atomic_bool *interruptFlag();

} // namespace iuc::cli
