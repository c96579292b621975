// GET <resource>/schema/ for every resource the server's profile serves:
// Tastypie's description of its methods and fields, which a client reads to
// learn what a Management Node offers (REAL-API.md §1).

#include "emulator/server/apischema.h"
#include "emulator/server/managementserver.h"
#include "emulator/server/serverhttp.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace iuc::sim {

using namespace http;

void ManagementServer::installSchemaRoutes()
{
    httplib::Server &svr = *m_server;
    for (const api::ResourceSpec &r : api::resources()) {
        if (!r.servedIn(m_options.api))
            continue;
        const QJsonObject schema = r.schema(m_options.api);
        svr.Get("/api/admin/" + r.path.toStdString() + "schema/",
                [schema](const httplib::Request &, httplib::Response &res) { sendJson(res, 200, schema); });
    }
}

} // namespace iuc::sim
