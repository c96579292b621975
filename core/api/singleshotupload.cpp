#include "core/api/singleshotupload.h"

#include "core/api/apierrors.h"
#include "core/api/managementclient.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace iuc::api {

SingleShotUpload::SingleShotUpload(ManagementClient &client, QString filePath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_filePath(std::move(filePath))
{
}

SingleShotUpload::~SingleShotUpload()
{
    if (m_reply)
        m_client.cancel(m_reply);
}

void SingleShotUpload::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_client.cancel(m_reply);
}

QCoro::Task<Result<PerformedUpgrade>> SingleShotUpload::run()
{
    QPointer<SingleShotUpload> self(this);
    auto *file = new QFile(m_filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        const QString why = file->errorString();
        delete file;
        co_return Error{UploadError::File, tr("Could not read the package %1: %2").arg(m_filePath, why),
                        {{u"file"_s, m_filePath}}};
    }
    m_total = file->size();
    auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart package;
    package.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-tar"_ba);
    package.setHeader(QNetworkRequest::ContentDispositionHeader,
                      QString(u"form-data; name=\"package\"; filename=\""_s + QFileInfo(m_filePath).fileName()
                              + u'"'));
    package.setBodyDevice(file);
    file->setParent(form);
    form->append(package);
    if (m_cancelled) {
        delete form;
        co_return Error{ApiError::Cancelled, tr("The upload was cancelled before it began.")};
    }
    Result<QNetworkReply *> started = m_client.startMultipartRequest(u"/api/admin/configuration/v1/upgrade/"_s, form);
    if (!started) {
        delete form;
        co_return started.error();
    }
    QNetworkReply *reply = started.value();
    form->setParent(reply);
    m_reply = reply;
    m_progress.start(m_total);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // The form's few header bytes are not the package's: shown as the file.
        const qint64 position = total > 0 ? sent * m_total / total : 0;
        if (const auto report = m_progress.advance(position))
            Q_EMIT progress(report->sent, report->total, report->bytesPerSecond, report->etaSeconds);
    });
    Result<ManagementClient::Answer> answer = co_await m_client.finish(reply);
    if (!self)
        co_return Error{ApiError::Cancelled, tr("The upload was stopped.")};
    m_reply.clear();
    if (!answer)
        co_return answer.error();
    co_return m_client.performedFrom(answer->body);
}

} // namespace iuc::api
