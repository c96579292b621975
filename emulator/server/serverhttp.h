#pragma once

// Small helpers shared by the route files of ManagementServer: JSON in and
// out of cpp-httplib, errors in the API's shape, paging parameters.

#include "core/domain/result.h"
#include "emulator/server/apiresources.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace httplib {
struct Request;
struct Response;
class ContentReader;
} // namespace httplib

namespace iuc::sim::http {

// With a charset parameter, cpp-httplib leaves the body uncompressed: its
// brotli at the highest quality costs ~0.4 s of CPU for a 1,000-node page,
// far more than sending it over loopback or a LAN.
inline constexpr const char *kJsonContentType = "application/json; charset=utf-8";

void sendJson(httplib::Response &res, int status, const QJsonObject &body);
// {"error": message} (plus `extra` fields), the API's error shape.
void sendError(httplib::Response &res, int status, const QString &message, const QJsonObject &extra = {});
// Maps an Error's code to an HTTP status (…unknown → 404, …locked → 409, …).
int statusFor(const Error &error);
void sendError(httplib::Response &res, const Error &error);

// Reads a small JSON object body (≤ 1 MiB) through the content reader; on
// failure the error response is already sent and nothing is returned.
std::optional<QJsonObject> readJsonObject(const httplib::ContentReader &reader, httplib::Response &res);

// A command's body (≤ 1 MiB): a JSON object, or form fields
// (application/x-www-form-urlencoded) as many clients of a real Management
// Node send them, read into an object of strings. On failure the error
// response is already sent and nothing is returned.
std::optional<QJsonObject> readCommandBody(const httplib::Request &req, const httplib::ContentReader &reader,
                                           httplib::Response &res);

// Reads and drops a body the handler has no use for (up to 1 MiB), so that
// it is not taken for the next request on a kept-alive connection; a larger
// one closes the connection instead.
void discardBody(const httplib::ContentReader &reader, httplib::Response &res);

// limit (default 20, 1..5000) and offset (≥ 0) from the query; on bad values
// an error response is sent.
std::optional<api::Page> page(const httplib::Request &req, httplib::Response &res);
// The query parameters other than limit and offset, for next/previous links.
QString otherParams(const httplib::Request &req);
QString param(const httplib::Request &req, const char *name);
QString path(const httplib::Request &req);

} // namespace iuc::sim::http
