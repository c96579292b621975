#include "emulator/server/serverconventions.h"

#include "emulator/server/apischema.h"
#include "emulator/server/serverhttp.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace iuc::sim::http {

namespace {

const QString kApi = u"/api/admin/"_s;

QStringList capitals(const QStringList &methods)
{
    QStringList out;
    for (const QString &m : methods)
        out.append(m.toUpper());
    return out;
}

// "<id>/" or "<id>/<action>/" after a resource's path: the id, and the
// action if there is one.
bool splitDetail(QStringView rest, QStringView *action)
{
    if (!rest.endsWith(u'/'))
        return false;
    const QList<QStringView> parts = rest.chopped(1).split(u'/');
    if (parts.size() > 2 || parts.constFirst().isEmpty())
        return false;
    *action = parts.size() == 2 ? parts.constLast() : QStringView();
    return parts.size() == 1 || !action->isEmpty();
}

void clearBody(httplib::Response &res)
{
    res.body.clear();
    res.headers.erase("Content-Type");
}

} // namespace

std::optional<QStringList> allowedMethods(const QString &path, ApiProfile profile)
{
    if (!path.startsWith(kApi))
        return std::nullopt;
    const QStringView relative = QStringView(path).mid(kApi.size());
    for (const api::ResourceSpec &r : api::resources()) {
        if (!r.servedIn(profile) || !relative.startsWith(r.path))
            continue;
        const QStringView rest = relative.mid(r.path.size());
        if (rest.isEmpty())
            return capitals(r.listMethods);
        if (rest == u"schema/")
            return QStringList{u"GET"_s};
        QStringView action;
        if (!splitDetail(rest, &action))
            continue;
        if (action.isEmpty())
            return capitals(r.detailMethods);
        if (r.detailActions.contains(action))
            return QStringList{u"POST"_s};
    }
    return std::nullopt;
}

bool servedByProfile(const QString &path, ApiProfile profile)
{
    if (!path.startsWith(kApi))
        return true;
    const QStringView relative = QStringView(path).mid(kApi.size());
    for (const api::ResourceSpec &r : api::resources()) {
        if (relative.startsWith(r.path))
            return r.servedIn(profile);
    }
    return true; // not a described resource: the routes decide
}

void applyErrorConventions(const httplib::Request &req, httplib::Response &res, ApiProfile profile)
{
    const QString p = path(req);
    if (res.status == 404 && res.body.empty()) {
        // No route took the request: a resource this profile serves, asked
        // with another method, or no resource at all.
        const QString method = QString::fromStdString(req.method);
        const std::optional<QStringList> allowed = allowedMethods(p, profile);
        if (allowed && !allowed->contains(method) && !(method == u"HEAD"_s && allowed->contains(u"GET"_s))) {
            res.set_header("Allow", allowed->join(u", "_s).toStdString());
            sendError(res, 405, u"%1 does not allow %2; it allows %3."_s
                                    .arg(p, method, allowed->isEmpty() ? u"nothing"_s : allowed->join(u", "_s)));
        } else {
            sendError(res, 404, u"No such resource: %1"_s.arg(p));
        }
    }
    // The harness keeps its own words and codes in every profile.
    if (servesExtensions(profile) || p.startsWith(u"/sim/v1/"_s))
        return;
    if (res.status == 404 || res.status == 405) {
        clearBody(res); // what real nodes answer (REAL-API.md §1)
        return;
    }
    // Error codes are an extension: the rest of the error stays.
    QJsonDocument body = QJsonDocument::fromJson(QByteArray::fromStdString(res.body));
    if (body.isObject() && body.object().contains(u"code"_s)) {
        QJsonObject o = body.object();
        o.remove(u"code"_s);
        sendJson(res, res.status, o);
    }
}

} // namespace iuc::sim::http
