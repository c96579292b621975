#include "core/api/lowdelay.h"

#include <QDir>
#include <QHostAddress>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc::api {

#ifdef Q_OS_UNIX

namespace {

// Is `fd` a TCP connection to `port` (and `address`, unless null)?
bool connectedTo(int fd, const QHostAddress &address, int port)
{
    int type = 0;
    socklen_t typeLength = sizeof type;
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &typeLength) != 0 || type != SOCK_STREAM)
        return false;
    sockaddr_storage peer{};
    socklen_t peerLength = sizeof peer;
    if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLength) != 0)
        return false;
    if (peer.ss_family != AF_INET && peer.ss_family != AF_INET6)
        return false;
    const QHostAddress peerAddress(reinterpret_cast<const sockaddr *>(&peer));
    const int peerPort = peer.ss_family == AF_INET ? ntohs(reinterpret_cast<const sockaddr_in *>(&peer)->sin_port)
                                                   : ntohs(reinterpret_cast<const sockaddr_in6 *>(&peer)->sin6_port);
    return peerPort == port && (address.isNull() || address.isEqual(peerAddress, QHostAddress::TolerantConversion));
}

} // namespace

int setNoDelayOnConnectionsTo(const QString &host, int port)
{
    const QHostAddress address(host);
    QList<int> fds;
    // Linux lists the open descriptors; elsewhere the low ones are tried.
    const QStringList open = QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System);
    if (!open.isEmpty()) {
        for (const QString &name : open)
            fds.append(name.toInt());
    } else {
        const int limit = std::min(static_cast<int>(sysconf(_SC_OPEN_MAX)), 4096);
        for (int fd = 0; fd < limit; ++fd)
            fds.append(fd);
    }
    int changed = 0;
    const int on = 1;
    for (const int fd : std::as_const(fds)) {
        if (connectedTo(fd, address, port) && setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) == 0)
            ++changed;
    }
    return changed;
}

#else

int setNoDelayOnConnectionsTo(const QString &, int)
{
    return 0;
}

#endif

} // namespace iuc::api
