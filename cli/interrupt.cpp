#include "cli/interrupt.h"

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
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

bool interrupted()
{
    return g_interrupted;
}

} // namespace iuc::cli
