#pragma once

namespace iuc::cli {

// Ctrl-C and SIGTERM: long-running commands stop at their next check and
// exit 130 (Interrupted).
void installInterruptHandler();
[[nodiscard]] bool interrupted();

} // namespace iuc::cli
