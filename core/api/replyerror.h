#pragma once

// What a failed request means, as an Error the admin can act on (what
// happened, why, what to check). Shared by ManagementClient, the Uploader and
// TlsTrust::probeCertificate. No message ever holds the password: requests
// carry it only in their Authorization header, and URLs are shown without
// user info.
//
// Codes (docs/api.md §1.5):
//   api.unreachable   no HTTP answer: refused, unknown host, timeout, cut
//   api.unauthorized  401: wrong user name or password
//   api.forbidden     403: a read-only account tried to change something
//   api.not-found     404
//   api.conflict      409 (R7 lock, upload offset); details from the body
//   api.rebooting     503: the Management Node is rebooting (R1, R7);
//                     details retry_after_seconds (real s, when sent), back_at
//   api.http          any other status; details status, code, fieldErrors
//   api.cancelled     the caller aborted the request
// Every HTTP error's details also carry "status" and, when the body has
// one, the server's "code" and its extra fields (locked_until, offset, …).

#include "core/domain/result.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <chrono>

namespace iuc::api {

// "127.0.0.1 port 18666": how messages name the Management Node.
QString hostAndPort(const QUrl &url);

// A request that got no HTTP answer. `timedOut`: nothing moved for `timeout`.
Error transportError(const QUrl &url, QNetworkReply::NetworkError error, const QString &qtMessage,
                     std::chrono::milliseconds timeout, bool timedOut);

// An HTTP answer outside 2xx. `request` names it for people
// ("GET status/v1/worker_vm/"); `user` is the account's name (never its
// password), for 401 and 403.
Error httpError(int status, const QByteArray &body, const QByteArray &retryAfter, const QString &request,
                const QString &user, const QUrl &url);

Error cancelledError(const QString &request);

} // namespace iuc::api
