#pragma once

// How the emulated Management Node answers what it does not serve, and how
// its errors look, per profile (REAL-API.md §1): a resource asked with a
// method it does not allow gets 405 with an Allow header; an unknown
// resource gets 404 (with an empty body outside the extended profile); and
// only the extended profile adds its "code" to error bodies.

#include "emulator/server/apiprofile.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace iuc::sim::http {

// The methods `path` (under /api/admin/) allows in `profile`, in capitals,
// or nothing when no served resource has that path.
std::optional<QStringList> allowedMethods(const QString &path, ApiProfile profile);
// False for a path of a resource `profile` does not serve (upgrade_request/
// on a v24-era node): answered 404 before any route, as a real node does.
bool servedByProfile(const QString &path, ApiProfile profile);

// Called for every response of 400 or more, after its handler (or none)
// has written it.
void applyErrorConventions(const httplib::Request &req, httplib::Response &res, ApiProfile profile);

} // namespace iuc::sim::http
