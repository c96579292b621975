// Upload routes, the real protocol of REAL-API.md §4 in every profile:
// POST configuration/v1/upgrade/ {"request": true, "total_size": N} creates
// an upload request; its chunks go to upgrade_request/<uuid>/upload/;
// finish/ with {"validate_only": true} validates, and finish/ without it
// performs the upgrade. POST configuration/v1/upgrade/ with the file as the
// multipart field "package" is the single shot, which performs at once.
// Bytes stream to disk through UploadStore; the deployment lock is taken
// only to judge, stage and start.

#include "core/domain/errorcodes.h"
#include "core/package/packageerrors.h"
#include "core/package/packagereader.h"
#include "core/package/packageverdict.h"
#include "emulator/server/managementserver.h"
#include "emulator/server/serverhttp.h"
#include "emulator/support/uploadstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace iuc::sim {

using namespace http;

namespace {

const std::string kUpgrade = "/api/admin/configuration/v1/upgrade/";
const std::string kRequests = "/api/admin/configuration/v1/upgrade_request/";

QString requestUri(const QString &id)
{
    return u"/api/admin/configuration/v1/upgrade_request/%1/"_s.arg(id);
}

// The state words are this emulator's (a real node's are not documented).
QString requestState(const UploadStore::Status &s, const Deployment &d)
{
    if (s.cancelled)
        return u"cancelled"_s;
    if (d.runPackage() && d.runPackage()->id == s.id)
        return u"performed"_s;
    if (d.stagedPackage(s.id))
        return u"validated"_s;
    return s.finished ? u"uploaded"_s : u"uploading"_s;
}

// An upgrade_request object: the fields REAL-API.md §4 names; total_size
// is an extension.
QJsonObject requestJson(const UploadStore::Status &s, const Deployment &d, ApiProfile profile)
{
    const StagedPackage *staged = d.stagedPackage(s.id);
    QJsonObject o{{u"uuid"_s, s.id},
                  {u"offset"_s, s.offset},
                  {u"state"_s, requestState(s, d)},
                  {u"current"_s, api::versionInfo(d.managementVersion())},
                  {u"upgrade"_s, staged ? QJsonValue(api::versionInfo(staged->version)) : QJsonValue(QJsonValue::Null)},
                  {u"resource_uri"_s, requestUri(s.id)}};
    if (servesExtensions(profile))
        o.insert(u"total_size"_s, s.totalSize);
    return o;
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

// What validating a package found, for the answer.
struct Validated
{
    Version version;
    QString buildDate;
    QString verdict;
    QString message;
    int systemsToUpgrade = 0;
};

// Validates a finished upload against this deployment (R10) and stages it.
// A refusal is sent and remembered (the file is deleted) so that asking
// again gets the same answer; then there is no value.
std::optional<Validated> validate(UploadStore &uploads, const UploadStore::Finished &file, httplib::Response &res,
                                  std::map<QString, QByteArray> &refusals, const Locked &withDeployment,
                                  ApiProfile profile)
{
    auto refuse = [&](const QString &message, const QJsonObject &extra) {
        uploads.removeFinished(file.id);
        sendError(res, 400, message, extra);
        withDeployment([&](Deployment &) { refusals[file.id] = QByteArray::fromStdString(res.body); });
    };
    const auto manifest = readManifest(file.path);
    if (!manifest && manifest.error().is(PackageError::NoManifest)) {
        // A real package, or any tar: this twin cannot know what it installs.
        refuse(u"The uploaded file is a tar archive without the manifest.json this emulator reads: infinity-sim "
               u"installs only packages made with infinity-sim make-package. (A real Management Node validates "
               u"the vendor's packages itself.)"_s,
               QJsonObject{{u"code"_s, manifest.error().code}});
        return std::nullopt;
    }
    if (!manifest) {
        refuse(withoutServerPath(manifest.error().message, file.path),
               QJsonObject{{u"code"_s, manifest.error().code}});
        return std::nullopt;
    }
    std::optional<QJsonObject> refusal;
    Validated validated;
    withDeployment([&](Deployment &d) {
        QList<Version> nodeVersions;
        for (const SimNode &n : d.nodes())
            nodeVersions.append(n.version);
        const PackageVerdict verdict = judgePackage(*manifest, d.managementVersion(), nodeVersions);
        const QString verdictName = PackageVerdict::code(verdict.kind);
        validated = Validated{manifest->version, manifest->buildDate, verdictName, verdict.message,
                              verdict.systemsToUpgrade};
        if (!verdict.isAcceptable()) {
            refusal = QJsonObject{{u"code"_s, QString(u"package."_s + QString(verdictName).replace(QLatin1Char('_'), QLatin1Char('-')))}};
            if (servesExtensions(profile)) { // the verdict and both versions, with the refusal
                refusal->insert(u"verdict"_s, verdictName);
                refusal->insert(u"current"_s, api::versionInfo(d.managementVersion()));
                refusal->insert(u"upgrade"_s, api::versionInfo(manifest->version, manifest->buildDate));
            }
            return;
        }
        d.stagePackage(StagedPackage{file.id, manifest->version, file.size, file.sha256Hex, d.now()});
    });
    if (refusal) {
        refuse(validated.message, *refusal);
        return std::nullopt;
    }
    return validated;
}

// finish/'s answer: {ok, upload_id, current, upgrade, next_url, timestamp}
// (REAL-API.md §4); the size, the SHA-256 and the verdict are extensions.
QJsonObject finishAnswer(const Deployment &d, const UploadStore::Finished &file, const Validated &v,
                         ApiProfile profile)
{
    QJsonObject o{{u"ok"_s, true},
                  {u"upload_id"_s, file.id},
                  {u"current"_s, api::versionInfo(d.managementVersion())},
                  {u"upgrade"_s, api::versionInfo(v.version, v.buildDate)},
                  {u"next_url"_s, requestUri(file.id)},
                  {u"timestamp"_s, api::timestamp(d.now())}};
    if (servesExtensions(profile)) {
        o.insert(u"size"_s, file.size);
        o.insert(u"sha256"_s, QString::fromLatin1(file.sha256Hex));
        o.insert(u"verdict"_s, v.verdict);
        o.insert(u"message"_s, v.message);
        o.insert(u"systems_to_upgrade"_s, v.systemsToUpgrade);
    }
    return o;
}

// A start the deployment refused: R7's lock says since when, until when,
// and the way out.
void sendStartRefusal(httplib::Response &res, const Deployment &d, const Error &error, ApiProfile profile)
{
    QJsonObject extra{{u"code"_s, error.code}};
    if (const auto lock = d.engine().lock(); lock && error.is(RunError::Locked)) {
        extra.insert(u"locked_since"_s, api::timestamp(lock->since));
        extra.insert(u"locked_until"_s, api::timestamp(lock->until));
        const QString reboot = servesExtensions(profile)
                                   ? u"(POST /api/admin/command/v1/platform/reboot/ {\"node\": \"management\"})"_s
                                   : u"(in the hypervisor, or over SSH with sudo reboot)"_s;
        extra.insert(u"how_to_lift"_s, u"Wait until the run in progress completes or reaches its 24-hour stop, or "
                                       u"reboot the Management Node %1, which abandons the run in progress."_s
                                           .arg(reboot));
    }
    sendError(res, statusFor(error), error.message, extra);
}

// The harness's lost connection: the status line and headers go out, then
// the connection closes before the body (what a client sees when a proxy
// or the network cuts it).
void dropConnection(httplib::Response &res)
{
    res.status = 202;
    res.body.clear(); // a body would be sent instead of the provider
    res.headers.erase("Content-Type");
    res.set_content_provider(64, "application/json", [](size_t, size_t, httplib::DataSink &) { return false; });
}

bool asksToValidateOnly(const QJsonObject &body)
{
    const QJsonValue v = body.value(u"validate_only"_s);
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0; // Tastypie takes 1 for true
    const QString text = v.toString().trimmed().toLower(); // a form sends text
    return text == u"true"_s || text == u"1"_s;
}

} // namespace

void ManagementServer::performUpgrade(const UploadStore::Finished &file, httplib::Response &res)
{
    const PerformFault fault = m_performFault.exchange(PerformFault::None);
    if (fault == PerformFault::DropBefore) {
        dropConnection(res); // it never reached the Management Node
        return;
    }
    ++m_performRequests;
    auto locked = [this](const std::function<void(Deployment &)> &f) { withDeployment(f); };
    const std::optional<Validated> validated = validate(*m_uploads, file, res, m_refusals, locked, m_options.api);
    if (!validated)
        return;
    withDeployment([&](Deployment &d) {
        const auto started = d.startUpgrade(file.id);
        if (!started) {
            sendStartRefusal(res, d, started.error(), m_options.api);
            return;
        }
        QJsonObject answer = finishAnswer(d, file, *validated, m_options.api);
        if (servesExtensions(m_options.api))
            answer.insert(u"run"_s, api::upgradeRun(d, *d.engine().run(),
                                                    static_cast<int>(d.pastRuns().size()) + 1, true, false));
        sendJson(res, 202, answer);
    });
    if (fault == PerformFault::DropAfter && res.status == 202)
        dropConnection(res); // started; the answer is lost on the way
}

void ManagementServer::installUploadRoutes()
{
    httplib::Server &svr = *m_server;
    auto locked = [this](const std::function<void(Deployment &)> &f) { withDeployment(f); };

    // The uploads the server knows, oldest first: a client that lost track
    // of its upload finds it (and its offset) here.
    svr.Get(kRequests, [this](const httplib::Request &req, httplib::Response &res) {
        const auto p = page(req, res);
        if (!p)
            return;
        const QList<UploadStore::Status> all = m_uploads->list();
        withDeployment([&](Deployment &d) {
            sendJson(res, 200, api::list(path(req), otherParams(req), *p, static_cast<int>(all.size()),
                                         [&](int i) { return requestJson(all.at(i), d, m_options.api); }));
        });
    });

    svr.Get(kRequests + R"(([^/]+)/)", [this](const httplib::Request &req, httplib::Response &res) {
        const auto status = m_uploads->status(QString::fromStdString(req.matches[1].str()));
        if (!status) {
            sendError(res, status.error());
            return;
        }
        withDeployment([&](Deployment &d) { sendJson(res, 200, requestJson(status.value(), d, m_options.api)); });
    });

    // DELETE on the list drops every upload request, as Tastypie's list
    // DELETE does (the schema allows it): open ones are cancelled, finished
    // ones removed.
    svr.Delete(kRequests, [this](const httplib::Request &, httplib::Response &res) {
        for (const UploadStore::Status &s : m_uploads->list()) {
            if (s.finished)
                m_uploads->removeFinished(s.id);
            else if (!s.cancelled)
                (void)m_uploads->cancel(s.id); // one that finished meanwhile is dropped next time
        }
        res.status = 204;
    });

    // DELETE drops an unfinished upload, as cancel/ does.
    svr.Delete(kRequests + R"(([^/]+)/)", [this](const httplib::Request &req, httplib::Response &res) {
        const QString id = QString::fromStdString(req.matches[1].str());
        const auto status = m_uploads->status(id);
        if (!status) {
            sendError(res, status.error());
            return;
        }
        if (status.value().finished)
            m_uploads->removeFinished(id);
        else if (const auto cancelled = m_uploads->cancel(id); !cancelled) {
            sendError(res, cancelled.error());
            return;
        }
        res.status = 204;
    });

    svr.Post(kRequests + R"(([^/]+)/upload/)",
             [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                 const QString id = QString::fromStdString(req.matches[1].str());
                 // Where the chunk starts: the one place a real node's way is
                 // not documented (docs/api.md, "Uploading a package").
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
                 withDeployment([&](Deployment &d) { sendJson(res, 200, requestJson(status.value(), d, m_options.api)); });
             });

    // {"validate_only": true} validates and answers what the confirmation
    // shows; without it (or false) the upgrade is performed (REAL-API.md §4).
    svr.Post(kRequests + R"(([^/]+)/finish/)",
             [this, locked](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                 const auto body = readCommandBody(req, reader, res);
                 if (!body)
                     return;
                 const QString id = QString::fromStdString(req.matches[1].str());
                 const bool validateOnly = asksToValidateOnly(*body);
                 QByteArray refused;
                 withDeployment([&](Deployment &) { refused = m_refusals.count(id) ? m_refusals.at(id) : QByteArray(); });
                 if (!refused.isEmpty()) {
                     if (!validateOnly)
                         ++m_performRequests;
                     res.status = 400; // refused before; the answer stands
                     res.set_content(refused.constData(), static_cast<size_t>(refused.size()), kJsonContentType);
                     return;
                 }
                 const auto finished = m_uploads->finish(id);
                 if (!finished) {
                     sendError(res, finished.error());
                     return;
                 }
                 if (!validateOnly) {
                     performUpgrade(finished.value(), res);
                     return;
                 }
                 const std::optional<Validated> validated = validate(*m_uploads, finished.value(), res, m_refusals, locked, m_options.api);
                 if (validated)
                     withDeployment([&](Deployment &d) {
                         sendJson(res, 200, finishAnswer(d, finished.value(), *validated, m_options.api));
                     });
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

    svr.Post(kUpgrade,
             [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                 if (req.is_multipart_form_data()) {
                     singleShotUpload(req, res, reader);
                     return;
                 }
                 // {"request": true, "total_size": N}: a new upload request.
                 const auto body = readCommandBody(req, reader, res);
                 if (!body)
                     return;
                 if (m_options.api == ApiProfile::PexipV24) {
                     // A v24-era node has no upload requests: the file or nothing.
                     sendError(res, 400, u"Send the package as the multipart form field \"package\"."_s,
                               QJsonObject{{u"package"_s, QJsonArray{u"This field is required."_s}}});
                     return;
                 }
                 const QJsonValue request = body->value(u"request"_s);
                 if (!(request.toBool() || request.toString().toLower() == u"true"_s)) {
                     sendError(res, 400, u"Send {\"request\": true, \"total_size\": <bytes>} to start an upload "
                                         u"request, or the package as the multipart form field \"package\" "
                                         u"(for example: curl -F package=@FILE …)."_s,
                               QJsonObject{{u"request"_s, QJsonArray{u"Must be true for an upload request."_s}}});
                     return;
                 }
                 const QJsonValue sizeField = body->value(u"total_size"_s);
                 bool ok = sizeField.isDouble() && sizeField.toDouble() == static_cast<double>(sizeField.toInteger());
                 qint64 size = sizeField.toInteger();
                 if (sizeField.isString())
                     size = sizeField.toString().toLongLong(&ok);
                 if (!ok) {
                     sendError(res, 400, u"Say how large the package is."_s,
                               QJsonObject{{u"total_size"_s, QJsonArray{u"A whole number of bytes is required."_s}}});
                     return;
                 }
                 const auto created = m_uploads->create(size);
                 if (!created) {
                     sendError(res, created.error());
                     return;
                 }
                 res.set_header("Location", requestUri(created.value()).toStdString());
                 const auto status = m_uploads->status(created.value());
                 withDeployment([&](Deployment &d) { sendJson(res, 201, requestJson(status.value(), d, m_options.api)); });
             });
}

// Single shot, for scripts and v24-era nodes: curl -F package=@FILE
// …/configuration/v1/upgrade/. The upload is the start.
void ManagementServer::singleShotUpload(const httplib::Request &req, httplib::Response &res,
                                        const httplib::ContentReader &reader)
{
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
    performUpgrade(finished.value(), res);
}

} // namespace iuc::sim
