// Upload routes: the chunked, resumable upgrade_request and the single-shot
// multipart upgrade/ (docs/api.md, "Uploading a package"). Bytes stream to
// disk through UploadStore; the deployment lock is taken only to judge and
// stage the finished package.

#include "core/package/packagereader.h"
#include "core/package/packageverdict.h"
#include "emulator/server/managementserver.h"
#include "emulator/server/serverhttp.h"
#include "emulator/support/uploadstore.h"

#include <QDir>
#include <QFileInfo>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace iuc::sim {

using namespace http;

namespace {

const std::string kRequests = "/api/admin/configuration/v1/upgrade_request/";

QString requestUri(const QString &id)
{
    return u"/api/admin/configuration/v1/upgrade_request/%1/"_s.arg(id);
}

QJsonObject statusJson(const UploadStore::Status &s)
{
    const QString state = s.finished ? u"finished"_s
                                     : (s.cancelled ? u"cancelled"_s : u"uploading"_s);
    return QJsonObject{{u"id"_s, s.id},
                       {u"total_size"_s, s.totalSize},
                       {u"offset"_s, s.offset},
                       {u"state"_s, state},
                       {u"resource_uri"_s, requestUri(s.id)}};
}


// The inspection's message names the file; on the server that is an
// internal name the admin never chose.
QString withoutServerPath(QString message, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    for (const QString &quoted : {u"\"%1\""_s.arg(QDir::toNativeSeparators(path)),
                                  u"\"%1\""_s.arg(name), QDir::toNativeSeparators(path), name}) {
        const qsizetype at = message.indexOf(quoted);
        if (at >= 0) {
            message.replace(at, quoted.size(), at == 0 ? u"The uploaded file"_s : u"the uploaded file"_s);
            break;
        }
    }
    return message;
}

using Locked = std::function<void(const std::function<void(Deployment &)> &)>;

// Validates a finished upload and, when it fits this deployment (R10),
// stages it for the start command; answers what the confirm page shows.
// A refusal is remembered (the file is deleted) so that asking again gets
// the same answer.
void judgeAndAnswer(UploadStore &uploads, const UploadStore::Finished &file, httplib::Response &res,
                    std::map<QString, QByteArray> &refusals, const Locked &withDeployment)
{
    auto refuse = [&](const QString &message, const QJsonObject &extra) {
        uploads.removeFinished(file.id);
        sendError(res, 400, message, extra);
        withDeployment([&](Deployment &) { refusals[file.id] = QByteArray::fromStdString(res.body); });
    };
    const auto manifest = readManifest(file.path);
    if (!manifest) {
        refuse(withoutServerPath(manifest.error().message, file.path),
               QJsonObject{{u"code"_s, manifest.error().code}});
        return;
    }
    std::optional<QJsonObject> refusal;
    QString refusalMessage;
    withDeployment([&](Deployment &d) {
        QList<Version> nodeVersions;
        for (const SimNode &n : d.nodes())
            nodeVersions.append(n.version);
        const PackageVerdict verdict = judgePackage(*manifest, d.managementVersion(), nodeVersions);
        const QString verdictName = PackageVerdict::code(verdict.kind);
        if (!verdict.isAcceptable()) {
            refusalMessage = verdict.message;
            refusal = QJsonObject{{u"code"_s, QString(u"package."_s + QString(verdictName).replace(QLatin1Char('_'), QLatin1Char('-')))},
                                  {u"verdict"_s, verdictName},
                                  {u"current"_s, api::versionInfo(d.managementVersion())},
                                  {u"upgrade"_s, api::versionInfo(manifest->version, manifest->buildDate)}};
            return;
        }
        d.stagePackage(StagedPackage{file.id, manifest->version, file.size, file.sha256Hex, d.now()});
        sendJson(res, 200,
                 QJsonObject{{u"ok"_s, true},
                             {u"upload_id"_s, file.id},
                             {u"size"_s, file.size},
                             {u"sha256"_s, QString::fromLatin1(file.sha256Hex)},
                             {u"current"_s, api::versionInfo(d.managementVersion())},
                             {u"upgrade"_s, api::versionInfo(manifest->version, manifest->buildDate)},
                             {u"verdict"_s, verdictName},
                             {u"message"_s, verdict.message},
                             {u"systems_to_upgrade"_s, verdict.systemsToUpgrade}});
    });
    if (refusal)
        refuse(refusalMessage, *refusal);
}

} // namespace

void ManagementServer::installUploadRoutes()
{
    httplib::Server &svr = *m_server;
    auto locked = [this](const std::function<void(Deployment &)> &f) { withDeployment(f); };

    svr.Post(kRequests, [this](const httplib::Request &, httplib::Response &res, const httplib::ContentReader &reader) {
        const auto body = readJsonObject(reader, res);
        if (!body)
            return;
        const QJsonValue size = body->value(u"total_size"_s);
        if (!size.isDouble() || size.toDouble() != static_cast<double>(size.toInteger())) {
            sendError(res, 400, u"Say how large the package is."_s,
                      QJsonObject{{u"total_size"_s,
                                   QJsonArray{u"A whole number of bytes is required."_s}}});
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

    // The uploads the server knows, oldest first: a client that lost track
    // of its upload finds it (and its offset) here.
    svr.Get(kRequests, [this](const httplib::Request &req, httplib::Response &res) {
        const auto p = page(req, res);
        if (!p)
            return;
        const QList<UploadStore::Status> all = m_uploads->list();
        sendJson(res, 200, api::list(path(req), otherParams(req), *p, static_cast<int>(all.size()),
                                     [&](int i) { return statusJson(all.at(i)); }));
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
                     sendError(res, 400, u"Give the chunk's position as ?offset=<bytes>."_s);
                     return;
                 }
                 const qint64 declared = req.has_header("Content-Length")
                                             ? QString::fromStdString(req.get_header_value("Content-Length")).toLongLong()
                                             : -1;
                 auto writer = m_uploads->beginChunk(id, offset, declared);
                 if (!writer) {
                     // The body stays unread: close, or it would be taken for the next request.
                     res.set_header("Connection", "close");
                     QJsonObject extra{{u"code"_s, writer.error().code}};
                     if (const auto status = m_uploads->status(id))
                         extra.insert(u"offset"_s, status.value().offset); // where to resume
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
                     QJsonObject extra{{u"code"_s, committed.error().code}};
                     if (status)
                         extra.insert(u"offset"_s, status.value().offset);
                     sendError(res, statusFor(committed.error()), committed.error().message, extra);
                     return;
                 }
                 sendJson(res, 200, statusJson(status.value()));
             });

    svr.Post(kRequests + R"(([^/]+)/finish/)",
             [this, locked](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                 discardBody(reader, res); // a client may send {}
                 const QString id = QString::fromStdString(req.matches[1].str());
                 QByteArray refused;
                 withDeployment([&](Deployment &) { refused = m_refusals.count(id) ? m_refusals.at(id) : QByteArray(); });
                 if (!refused.isEmpty()) {
                     res.status = 400; // refused before; the answer stands
                     res.set_content(refused.constData(), static_cast<size_t>(refused.size()), kJsonContentType);
                     return;
                 }
                 const auto finished = m_uploads->finish(id);
                 if (!finished) {
                     sendError(res, finished.error());
                     return;
                 }
                 judgeAndAnswer(*m_uploads, finished.value(), res, m_refusals, locked);
             });

    svr.Post(kRequests + R"(([^/]+)/cancel/)",
             [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                 discardBody(reader, res);
                 const auto cancelled = m_uploads->cancel(QString::fromStdString(req.matches[1].str()));
                 if (cancelled)
                     sendJson(res, 200, QJsonObject{{u"state"_s, u"cancelled"_s}});
                 else
                     sendError(res, cancelled.error());
             });

    // Single shot, for scripts: curl -F package=@FILE …/configuration/v1/upgrade/
    svr.Post("/api/admin/configuration/v1/upgrade/",
             [this, locked](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                 if (!req.is_multipart_form_data()) {
                     res.set_header("Connection", "close"); // the body stays unread
                     sendError(res, 400, u"Send the package as the multipart form field \"package\" "
                                                        u"(for example: curl -F package=@FILE …)."_s);
                     return;
                 }
                 const qint64 length = QString::fromStdString(req.get_header_value("Content-Length")).toLongLong();
                 if (length <= 0) {
                     res.set_header("Connection", "close");
                     sendError(res, 411, u"The upload needs a Content-Length."_s);
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
                         sendError(res, 400, u"The form has no field named \"package\"."_s);
                     return;
                 }
                 const auto finished = m_uploads->finish(id, UploadStore::FinishMode::TakeWrittenSize);
                 if (!finished) {
                     sendError(res, finished.error());
                     return;
                 }
                 judgeAndAnswer(*m_uploads, finished.value(), res, m_refusals, locked);
             });
}

} // namespace iuc::sim
