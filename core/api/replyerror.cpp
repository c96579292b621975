#include "core/api/replyerror.h"

#include "core/api/apierrors.h"
#include "core/api/errorbody.h"
#include "core/api/resourceparser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace iuc::api {

namespace {

QVariantMap hostDetails(const QUrl &url)
{
    return {{u"host"_s, url.host()}, {u"port"_s, url.port(url.scheme() == u"http" ? 80 : 443)}};
}

// The body's facts a caller may act on: its code, its extra fields (R7's
// locked_until, an upload's offset, …) and its field messages.
QVariantMap bodyDetails(int status, const ApiErrorBody &body)
{
    QVariantMap details = body.extra;
    details.insert(u"status"_s, status);
    if (!body.code.isEmpty())
        details.insert(u"code"_s, body.code);
    if (!body.fieldErrors.isEmpty()) {
        QVariantMap fields;
        for (auto it = body.fieldErrors.cbegin(); it != body.fieldErrors.cend(); ++it)
            fields.insert(it.key(), it.value());
        details.insert(u"fieldErrors"_s, fields);
    }
    return details;
}

} // namespace

QString hostAndPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == u"http" ? 80 : 443);
    return QCoreApplication::translate("iuc::api::ManagementClient",
               "%1 port %2").arg(url.host(), QString::number(port));
}

Error transportError(const QUrl &url, QNetworkReply::NetworkError error, const QString &qtMessage,
                     std::chrono::milliseconds timeout, bool timedOut)
{
    const QString where = hostAndPort(url);
    QVariantMap details = hostDetails(url);
    details.insert(u"reason"_s, qtMessage);
    // Whether the request can have reached the server (upgradestart.h).
    details.insert(u"networkError"_s, static_cast<int>(error));
    if (timedOut || error == QNetworkReply::TimeoutError) {
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(timeout).count();
        details.insert(u"timeoutSeconds"_s, static_cast<qint64>(seconds));
        return Error{ApiError::Unreachable,
                     QCoreApplication::translate("iuc::api::ManagementClient",
                         "The Management Node at %1 did not answer within %2 s. Check that it is running and that "
                         "this computer can reach it (network, VPN, firewall).")
                         .arg(where, QString::number(seconds)),
                     details};
    }
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Error{ApiError::Unreachable,
                     QCoreApplication::translate("iuc::api::ManagementClient",
                         "Could not connect to the Management Node at %1: the connection was refused. Check the "
                         "address and port in the profile, that the Management Node is running, and that no firewall "
                         "blocks the port.")
                         .arg(where),
                     details};
    case QNetworkReply::HostNotFoundError:
        return Error{ApiError::Unreachable,
                     QCoreApplication::translate("iuc::api::ManagementClient",
                         "Could not find the Management Node at %1: the host name does not resolve. Check the "
                         "address in the profile and this computer's name service (DNS).")
                         .arg(where),
                     details};
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return Error{ApiError::Unreachable,
                     QCoreApplication::translate("iuc::api::ManagementClient",
                         "The connection to the Management Node at %1 broke (%2). Check the network between this "
                         "computer and the Management Node; asking again is safe.")
                         .arg(where, qtMessage),
                     details};
    case QNetworkReply::SslHandshakeFailedError:
        return Error{TlsError::Handshake,
                     QCoreApplication::translate("iuc::api::ManagementClient",
                         "No secure connection could be set up with %1 (%2). Check that the address and port are those "
                         "of the Management Node's HTTPS service.")
                         .arg(where, qtMessage),
                     details};
    default:
        return Error{ApiError::Unreachable,
                     QCoreApplication::translate("iuc::api::ManagementClient",
                         "Could not reach the Management Node at %1 (%2). Check the address and port in the profile, "
                         "the network, and that the Management Node is running.")
                         .arg(where, qtMessage),
                     details};
    }
}

Error httpError(int status, const QByteArray &body, const QByteArray &retryAfter, const QString &request,
                const QString &user, const QUrl &url)
{
    const ApiErrorBody parsed = parseErrorBody(body);
    QVariantMap details = bodyDetails(status, parsed);
    const QString said = parsed.message;
    switch (status) {
    case 401:
        return Error{ApiError::Unauthorized,
                     QCoreApplication::translate("iuc::api::ManagementClient",
                         "The Management Node at %1 refused the sign-in of the user \"%2\": the user name or password "
                         "is wrong. Check the user name and password saved in the profile.")
                         .arg(hostAndPort(url), user),
                     details};
    case 403:
        return Error{ApiError::Forbidden,
                     QCoreApplication::translate("iuc::api::ManagementClient",
                         "The account \"%1\" may look but not change anything (a read-only account), so the Management "
                         "Node refused %2. Sign in with an administrator account to do this.")
                         .arg(user, request),
                     details};
    case 404:
        return Error{ApiError::NotFound,
                     said.isEmpty() ? QCoreApplication::translate("iuc::api::ManagementClient",
                                          "The Management Node has no %1 (HTTP 404).").arg(request)
                                    : QCoreApplication::translate("iuc::api::ManagementClient",
                                          "%1: %2").arg(request, said),
                     details};
    case 409:
        // The server's words say what holds (R7: since when, until when, how to lift it).
        return Error{ApiError::Conflict,
                     said.isEmpty() ? QCoreApplication::translate("iuc::api::ManagementClient",
                                          "The Management Node refused %1 because of a conflict (HTTP 409).").arg(request)
                                    : said,
                     details};
    case 503: {
        bool ok = false;
        const int seconds = retryAfter.trimmed().toInt(&ok);
        if (ok && seconds >= 0)
            details.insert(u"retry_after_seconds"_s, seconds);
        const QString backAtText = parsed.extra.value(u"back_at"_s).toString();
        QString when;
        if (!backAtText.isEmpty()) {
            const Result<QDateTime> backAt = parseTimestamp(backAtText);
            if (backAt) {
                details.insert(u"back_at"_s, backAt.value());
                when = backAt.value().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
            }
        }
        QString message;
        if (!when.isEmpty() && ok)
            message = QCoreApplication::translate("iuc::api::ManagementClient",
                          "The Management Node is rebooting, as it does during an upgrade. Its API is back at about %1 "
                          "(server time), in about %2 s; the console reconnects by itself.")
                          .arg(when, QString::number(seconds));
        else if (!when.isEmpty())
            message = QCoreApplication::translate("iuc::api::ManagementClient",
                          "The Management Node is rebooting, as it does during an upgrade. Its API is back at about %1 "
                          "(server time); the console reconnects by itself.")
                          .arg(when);
        else
            message = QCoreApplication::translate("iuc::api::ManagementClient",
                          "The Management Node is unavailable (HTTP 503), as it is while it reboots during an upgrade. "
                          "The console reconnects by itself.");
        return Error{ApiError::Rebooting, message, details};
    }
    default:
        break;
    }
    QString message;
    if (said.isEmpty())
        message = QCoreApplication::translate("iuc::api::ManagementClient",
                      "The Management Node answered %1 with HTTP %2 and no explanation.")
                      .arg(request, QString::number(status));
    else if (status >= 500)
        message = QCoreApplication::translate("iuc::api::ManagementClient",
                      "The Management Node failed to serve %1 (HTTP %2): %3")
                      .arg(request, QString::number(status), said);
    else
        message = said; // written for people (docs/api.md §1.5): shown as it is
    return Error{ApiError::Http, message, details};
}

Error cancelledError(const QString &request)
{
    return Error{ApiError::Cancelled, QCoreApplication::translate("iuc::api::ManagementClient",
                                            "%1 was cancelled.").arg(request), {}};
}

} // namespace iuc::api
