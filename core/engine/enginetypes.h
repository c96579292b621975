#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>

namespace iuc {

// The engine's notion of time: milliseconds on the UTC time line. The engine
// never reads a clock; every instant it sees is handed in by its driver (the
// emulator's simulated clock, a forecast's virtual time, a test).
using Duration = std::chrono::milliseconds;
using TimePoint = std::chrono::sys_time<Duration>;

// A Conferencing Node's id (the API's worker_vm `id`).
using NodeId = int;

QDateTime toDateTime(TimePoint t);
TimePoint fromDateTime(const QDateTime &dt);
// "1 h 05 min", "42 s": short human form for logs and tests.
QString formatDuration(Duration d);

} // namespace iuc
