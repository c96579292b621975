#include "cli/interrupt.h"

#include <QtGlobal>

#include <atomic>
#include <csignal>

namespace iuc::cli {

namespace {

std::atomic_bool g_interrupted = false;

void onInterrupt(int)
{
    g_interrupted = true;
}

} // namespace

void installInterruptHandler()
{
#if defined(Q_OS_UNIX)
    // Without SA_RESTART: a read waiting for the admin's answer returns at
    // once, instead of after the next Enter.
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#else
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
#endif
}

bool interrupted()
{
    return g_interrupted;
}

const std::atomic_bool *interruptFlag()
{
    return &g_interrupted;
}

} // namespace iuc::cli
