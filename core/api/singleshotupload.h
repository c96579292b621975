#pragma once

// The single-shot upload of REAL-API.md §4, the only upload of v24-era
// Management Nodes: the package as the multipart field "package" of one
// POST to configuration/v1/upgrade/. Whether that starts the upgrade at
// once is not documented; the console assumes it does (inferred), so the
// admin confirms before this runs (core/jobs/upgradejob.h) and it is never
// repeated: a cut upload is settled by observing the node
// (upgradestart.h), not by sending it again. The file is streamed from disk:
// memory stays flat whatever its size.

#include "core/api/resources.h"
#include "core/api/transferrate.h"
#include "core/domain/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <QCoro/QCoroTask>

class QNetworkReply;

namespace iuc::api {

class ManagementClient;

class SingleShotUpload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleShotUpload)

public:
    SingleShotUpload(ManagementClient &client, QString filePath, QObject *parent = nullptr);
    ~SingleShotUpload() override;

    // Sends the file once. The node's 2xx answer, or: upload.file (cannot
    // read the file), api.cancelled (cancel()), the node's refusal, and the
    // client's api.* / tls.* — a failure after bytes left is ambiguous
    // (isAmbiguousStartFailure): the node may have it whole.
    QCoro::Task<Result<PerformedUpgrade>> run();
    // Aborts the upload in flight; run() then ends with api.cancelled.
    void cancel();

    [[nodiscard]] qint64 totalBytes() const { return m_total; }

Q_SIGNALS:
    void progress(qint64 sent, qint64 total, double bytesPerSecond, qint64 etaSeconds);

private:
    ManagementClient &m_client;
    QString m_filePath;
    qint64 m_total = 0;
    bool m_cancelled = false;
    UploadProgress m_progress;
    QPointer<QNetworkReply> m_reply;
};

} // namespace iuc::api
