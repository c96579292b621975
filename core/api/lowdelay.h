#pragma once

#include <QString>

namespace iuc::api {

// Turns Nagle's algorithm off (TCP_NODELAY) on this process's TCP
// connections to `port` on `host` (only `port` is compared when `host` is a
// name, not an address), and returns how many it changed.
//
// Why: Qt's HTTP connections keep Nagle on (QNetworkAccessManager has no
// option for it), and Qt writes an upload in 16 KiB pieces. With Nagle each
// piece smaller than a TCP segment waits for the acknowledgement of the one
// before, and the last one of a request waits for the peer's delayed
// acknowledgement (40 ms). Measured on loopback: a chunked upload ran at
// 0.45x the speed of curl, and at 0.96x with this. Setting the option on a
// connection of someone else to the same port would only make it send
// sooner. Unix only; elsewhere it does nothing and returns 0.
int setNoDelayOnConnectionsTo(const QString &host, int port);

} // namespace iuc::api
