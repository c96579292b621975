#include "emulator/server/serverhttp.h"

#include "core/api/apierrors.h"
#include "core/domain/errorcodes.h"
#include "emulator/sim/simerrors.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace iuc::sim::http {

void sendJson(httplib::Response &res, int status, const QJsonObject &body)
{
    res.status = status;
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    res.set_content(json.constData(), static_cast<size_t>(json.size()), kJsonContentType);
}

void sendError(httplib::Response &res, int status, const QString &message, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"error"_s, message);
    sendJson(res, status, body);
}

int statusFor(const Error &error)
{
    for (const QLatin1StringView notFound : {NodeError::Unknown, UploadError::Unknown, UpgradeError::UnknownPackage}) {
        if (error.is(notFound))
            return 404;
    }
    for (const QLatin1StringView conflict : {RunError::Locked, UploadError::Busy, UploadError::OffsetMismatch,
                                             NodeError::Rebooting, ManagementError::Rebooting, NodeError::InUpgradeTurn,
                                             RebootError::RunActive}) {
        if (error.is(conflict))
            return 409;
    }
    if (error.is(UploadError::TooLarge))
        return 413;
    if (error.is(UploadError::WriteFailed))
        return 507;
    return 400;
}

void sendError(httplib::Response &res, const Error &error)
{
    sendError(res, statusFor(error), error.message, QJsonObject{{u"code"_s, error.code}});
}

namespace {

// The whole body, up to 1 MiB; nothing (a 413 sent) when larger.
std::optional<std::string> readSmallBody(const httplib::ContentReader &reader, httplib::Response &res)
{
    constexpr size_t kMax = 1 << 20;
    std::string body;
    bool tooLarge = false;
    reader([&](const char *data, size_t len) {
        if (body.size() + len > kMax) {
            tooLarge = true;
            return false;
        }
        body.append(data, len);
        return true;
    });
    if (tooLarge) {
        res.set_header("Connection", "close"); // the rest of the body was not read
        sendError(res, 413, u"The request body is larger than 1 MiB."_s);
        return std::nullopt;
    }
    return body;
}

std::optional<QJsonObject> parseJsonObject(const std::string &body, httplib::Response &res)
{
    if (body.empty())
        return QJsonObject{};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(body), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        sendError(res, 400, u"The request body is not a JSON object: %1."_s
                                .arg(err.error != QJsonParseError::NoError ? err.errorString() : u"wrong type"_s));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

std::optional<QJsonObject> readJsonObject(const httplib::ContentReader &reader, httplib::Response &res)
{
    const std::optional<std::string> body = readSmallBody(reader, res);
    return body ? parseJsonObject(*body, res) : std::nullopt;
}

std::optional<QJsonObject> readCommandBody(const httplib::Request &req, const httplib::ContentReader &reader,
                                           httplib::Response &res)
{
    const std::optional<std::string> body = readSmallBody(reader, res);
    if (!body)
        return std::nullopt;
    if (req.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0) != 0)
        return parseJsonObject(*body, res);
    QJsonObject fields;
    const QUrlQuery form(QString::fromUtf8(QByteArray::fromStdString(*body)).replace(QLatin1Char('+'), QLatin1Char(' ')));
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
        fields.insert(key, value);
    return fields;
}

void discardBody(const httplib::ContentReader &reader, httplib::Response &res)
{
    constexpr size_t kMax = 1 << 20;
    size_t read = 0;
    const bool all = reader([&](const char *, size_t len) {
        read += len;
        return read <= kMax;
    });
    if (!all)
        res.set_header("Connection", "close");
}

QString param(const httplib::Request &req, const char *name)
{
    return req.has_param(name) ? QString::fromStdString(req.get_param_value(name)) : QString();
}

QString path(const httplib::Request &req)
{
    return QString::fromStdString(req.path);
}

std::optional<api::Page> page(const httplib::Request &req, httplib::Response &res)
{
    api::Page p;
    bool ok = true;
    if (req.has_param("limit")) {
        p.limit = param(req, "limit").toInt(&ok);
        if (!ok || p.limit < 1 || p.limit > 5000) {
            sendError(res, 400, u"\"limit\" must be a whole number from 1 to 5000."_s);
            return std::nullopt;
        }
    }
    if (req.has_param("offset")) {
        p.offset = param(req, "offset").toInt(&ok);
        if (!ok || p.offset < 0) {
            sendError(res, 400, u"\"offset\" must be a whole number, 0 or more."_s);
            return std::nullopt;
        }
    }
    return p;
}

QString otherParams(const httplib::Request &req)
{
    QUrlQuery q;
    for (const auto &[key, value] : req.params) {
        if (key != "limit" && key != "offset")
            q.addQueryItem(QString::fromStdString(key), QString::fromStdString(value));
    }
    return q.toString(QUrl::FullyEncoded);
}

} // namespace iuc::sim::http
