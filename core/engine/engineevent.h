#pragma once

#include "core/domain/version.h"
#include "core/engine/enginetypes.h"

#include <QString>

#include <variant>

namespace iuc {

// What the engine's driver observes and reports. Each is a fact about the
// world; the engine decides what it means for the run.
namespace event {

struct CallsChanged      { NodeId node; int calls; };
struct InstallFinished   { NodeId node; };                  // transfer + install done; the node now reboots by itself
struct InstallFailed     { NodeId node; QString reason; };
struct NodeRebootFinished{ NodeId node; Version version; }; // back after any reboot, reporting what it runs
struct NodeUnreachable   { NodeId node; };
struct NodeReachable     { NodeId node; };
struct ManagementInstallFinished {};                        // R1: the Management Node now reboots by itself
struct ManagementBack    { Version version; };              // its API answers again after a reboot
struct AdminRebootedNode { NodeId node; };                  // R9: drops the node's calls
struct AdminRebootedManagement {};                          // R7: abandons the run and lifts the lock

} // namespace event

using EngineEvent = std::variant<event::CallsChanged, event::InstallFinished, event::InstallFailed,
                                 event::NodeRebootFinished, event::NodeUnreachable,
                                 event::NodeReachable, event::ManagementInstallFinished,
                                 event::ManagementBack, event::AdminRebootedNode,
                                 event::AdminRebootedManagement>;

} // namespace iuc
