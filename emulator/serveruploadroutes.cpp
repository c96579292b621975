// Upload routes: the chunked, resumable upgrade_request and the single-shot
// multipart upgrade/ (docs/api.md, "Uploading a package"). Bytes stream to
// disk through UploadStore; the deployment lock is taken only to judge and
// stage the finished package.

#include "managementserver.h"
#include "package/packagereader.h"
#include "package/packageverdict.h"
#include "serverhttp.h"
#include "support/uploadstore.h"

#include <httplib.h>

namespace iuc::sim {

using namespace http;

namespace {

const std::string kRequests = "/api/admin/configuration/v1/upgrade_request/";

QString requestUri(const QString &id)
{
    return QStringLiteral("/api/admin/configuration/v1/upgrade_request/%1/").arg(id);
}

QJsonObject statusJson(const UploadStore::Status &s)
{
    const QString state = s.finished ? QStringLiteral("finished")
                                     : (s.cancelled ? QStringLiteral("cancelled") : QStringLiteral("uploading"));
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("total_size"), s.totalSize},
                       {QStringLiteral("offset"), s.offset},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("resource_uri"), requestUri(s.id)}};
}

QString verdictCode(PackageVerdict::Kind kind)
{
    switch (kind) {
    case PackageVerdict::Kind::Upgrade:
        return QStringLiteral("upgrade");
    case PackageVerdict::Kind::RepeatRun:
        return QStringLiteral("repeat_run");
    case PackageVerdict::Kind::NothingToDo:
        return QStringLiteral("nothing_to_do");
    case PackageVerdict::Kind::Downgrade:
        return QStringLiteral("downgrade");
    case PackageVerdict::Kind::NeedsIntermediate:
        return QStringLiteral("needs_intermediate");
    case PackageVerdict::Kind::SourceTooOld:
        return QStringLiteral("source_too_old");
    case PackageVerdict::Kind::UnknownPath:
        return QStringLiteral("unknown_path");
    }
    return {};
}

} // namespace

// Validates a finished upload and, when it fits this deployment (R10),
// stages it for the start command; answers what the confirm page shows.
static void judgeAndAnswer(UploadStore &uploads, const UploadStore::Finished &file, httplib::Response &res,
                           const std::function<void(const std::function<void(Deployment &)> &)> &withDeployment)
{
    const auto manifest = readManifest(file.path);
    if (!manifest) {
        uploads.removeFinished(file.id);
        sendError(res, 400, manifest.error().message, QJsonObject{{QStringLiteral("code"), manifest.error().code}});
        return;
    }
    withDeployment([&](Deployment &d) {
        QList<Version> nodeVersions;
        for (const SimNode &n : d.nodes())
            nodeVersions.append(n.version);
        const PackageVerdict verdict = judgePackage(*manifest, d.managementVersion(), nodeVersions);
        if (!verdict.isAcceptable()) {
            uploads.removeFinished(file.id);
            sendError(res, 400, verdict.message,
                      QJsonObject{{QStringLiteral("code"), QString(QStringLiteral("package.") + verdictCode(verdict.kind))},
                                  {QStringLiteral("verdict"), verdictCode(verdict.kind)},
                                  {QStringLiteral("current"), api::versionInfo(d.managementVersion())},
                                  {QStringLiteral("upgrade"), api::versionInfo(manifest->version, manifest->buildDate)}});
            return;
        }
        d.stagePackage(StagedPackage{file.id, manifest->version, file.size, file.sha256Hex, d.now()});
        sendJson(res, 200,
                 QJsonObject{{QStringLiteral("ok"), true},
                             {QStringLiteral("upload_id"), file.id},
                             {QStringLiteral("size"), file.size},
                             {QStringLiteral("sha256"), QString::fromLatin1(file.sha256Hex)},
                             {QStringLiteral("current"), api::versionInfo(d.managementVersion())},
                             {QStringLiteral("upgrade"), api::versionInfo(manifest->version, manifest->buildDate)},
                             {QStringLiteral("verdict"), verdictCode(verdict.kind)},
                             {QStringLiteral("message"), verdict.message},
                             {QStringLiteral("systems_to_upgrade"), verdict.systemsToUpgrade}});
    });
}

void ManagementServer::installUploadRoutes()
{
    httplib::Server &svr = *m_server;
    auto locked = [this](const std::function<void(Deployment &)> &f) { withDeployment(f); };

    svr.Post(kRequests, [this](const httplib::Request &, httplib::Response &res, const httplib::ContentReader &reader) {
        const auto body = readJsonObject(reader, res);
        if (!body)
            return;
        const QJsonValue size = body->value(QStringLiteral("total_size"));
        if (!size.isDouble() || size.toDouble() != static_cast<double>(size.toInteger())) {
            sendError(res, 400, QStringLiteral("Say how large the package is."),
                      QJsonObject{{QStringLiteral("total_size"),
                                   QJsonArray{QStringLiteral("A whole number of bytes is required.")}}});
            return;
        }
        const auto created = m_uploads->create(size.toInteger());
        if (!created) {
            sendError(res, created.error());
            return;
        }
        res.set_header("Location", requestUri(created.value()).toStdString());
        sendJson(res, 201, statusJson(*m_uploads->status(created.value())));
    });

    svr.Get(kRequests + R"(([^/]+)/)", [this](const httplib::Request &req, httplib::Response &res) {
        const auto status = m_uploads->status(QString::fromStdString(req.matches[1].str()));
        if (status)
            sendJson(res, 200, statusJson(status.value()));
        else
            sendError(res, status.error());
    });

    svr.Post(kRequests + R"(([^/]+)/upload/)",
             [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                 const QString id = QString::fromStdString(req.matches[1].str());
                 bool ok = false;
                 const qint64 offset = param(req, "offset").toLongLong(&ok);
                 if (!ok || offset < 0) {
                     res.set_header("Connection", "close"); // the chunk stays unread
                     sendError(res, 400, QStringLiteral("Give the chunk's position as ?offset=<bytes>."));
                     return;
                 }
                 const qint64 declared = req.has_header("Content-Length")
                                             ? QString::fromStdString(req.get_header_value("Content-Length")).toLongLong()
                                             : -1;
                 auto writer = m_uploads->beginChunk(id, offset, declared);
                 if (!writer) {
                     // The body stays unread: close, or it would be taken for the next request.
                     res.set_header("Connection", "close");
                     QJsonObject extra{{QStringLiteral("code"), writer.error().code}};
                     if (const auto status = m_uploads->status(id))
                         extra.insert(QStringLiteral("offset"), status.value().offset); // where to resume
                     sendError(res, statusFor(writer.error()), writer.error().message, extra);
                     return;
                 }
                 const bool complete =
                     reader([&](const char *data, size_t length) { return writer.value().write(data, length); });
                 const auto committed = writer.value().commit();
                 const auto status = m_uploads->status(id);
                 if (!complete || !committed)
                     res.set_header("Connection", "close");
                 if (!committed) {
                     QJsonObject extra{{QStringLiteral("code"), committed.error().code}};
                     if (status)
                         extra.insert(QStringLiteral("offset"), status.value().offset);
                     sendError(res, statusFor(committed.error()), committed.error().message, extra);
                     return;
                 }
                 sendJson(res, 200, statusJson(status.value()));
             });

    svr.Post(kRequests + R"(([^/]+)/finish/)",
             [this, locked](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                 discardBody(reader, res); // a client may send {}
                 const auto finished = m_uploads->finish(QString::fromStdString(req.matches[1].str()));
                 if (!finished) {
                     sendError(res, finished.error());
                     return;
                 }
                 judgeAndAnswer(*m_uploads, finished.value(), res, locked);
             });

    svr.Post(kRequests + R"(([^/]+)/cancel/)",
             [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                 discardBody(reader, res);
                 const auto cancelled = m_uploads->cancel(QString::fromStdString(req.matches[1].str()));
                 if (cancelled)
                     sendJson(res, 200, QJsonObject{{QStringLiteral("state"), QStringLiteral("cancelled")}});
                 else
                     sendError(res, cancelled.error());
             });

    // Single shot, for scripts: curl -F package=@FILE …/configuration/v1/upgrade/
    svr.Post("/api/admin/configuration/v1/upgrade/",
             [this, locked](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                 if (!req.is_multipart_form_data()) {
                     res.set_header("Connection", "close"); // the body stays unread
                     sendError(res, 400, QStringLiteral("Send the package as the multipart form field \"package\" "
                                                        "(for example: curl -F package=@FILE …)."));
                     return;
                 }
                 const qint64 length = QString::fromStdString(req.get_header_value("Content-Length")).toLongLong();
                 if (length <= 0) {
                     res.set_header("Connection", "close");
                     sendError(res, 411, QStringLiteral("The upload needs a Content-Length."));
                     return;
                 }
                 const auto created = m_uploads->create(length); // an upper bound: the form adds a few headers
                 if (!created) {
                     res.set_header("Connection", "close");
                     sendError(res, created.error());
                     return;
                 }
                 const QString id = created.value();
                 auto writer = m_uploads->beginChunk(id, 0);
                 bool inPackage = false;
                 bool sawPackage = false;
                 reader(
                     [&](const httplib::MultipartFormData &field) {
                         inPackage = field.name == "package" && !sawPackage;
                         sawPackage = sawPackage || inPackage;
                         return true;
                     },
                     [&](const char *data, size_t size) { return !inPackage || writer.value().write(data, size); });
                 const auto committed = writer.value().commit();
                 if (!sawPackage || !committed) {
                     res.set_header("Connection", "close");
                     (void)m_uploads->cancel(id);
                     if (!committed)
                         sendError(res, committed.error());
                     else
                         sendError(res, 400, QStringLiteral("The form has no field named \"package\"."));
                     return;
                 }
                 const auto finished = m_uploads->finish(id, UploadStore::FinishMode::TakeWrittenSize);
                 if (!finished) {
                     sendError(res, finished.error());
                     return;
                 }
                 judgeAndAnswer(*m_uploads, finished.value(), res, locked);
             });
}

} // namespace iuc::sim
