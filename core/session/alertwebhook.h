#pragma once

// The alerts (AlertMonitor) sent on to a chat or paging tool (issue 15,
// item 5): an HTTPS POST of a small JSON object per alert, its "text" a
// plain-text summary, which Teams- and Slack-style incoming webhooks show
// as it is; the other fields are for receivers that read them. The URL
// carries its receiver's secret, so it lives in the keychain (the profile
// keeps only displayForm()) and is never written to a log or a message.
// The receiver's certificate is verified against the system's CAs (and a
// CA file, if given); one failed delivery is tried again once.

#include "core/domain/result.h"
#include "core/session/alertmonitor.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>

namespace iuc {

class AlertWebhook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertWebhook)

public:
    static constexpr std::chrono::seconds kTimeout{15};
    static constexpr std::chrono::seconds kRetryAfter{30};

    // An https:// URL with a host (http:// only to this machine), or why not.
    static Result<QUrl> validate(const QString &text);
    // The URL without what makes it secret: "https://hooks.example.com/…".
    static QString displayForm(const QUrl &url);
    // What is posted for `alert` of the deployment named `deployment`.
    static QByteArray payload(const Alert &alert, const QString &deployment);

    // `url` as validate() accepted it.
    AlertWebhook(QUrl url, QString deployment, QObject *parent = nullptr);
    ~AlertWebhook() override;

    // A CA (PEM) to trust besides the system's, for a receiver inside the
    // organisation; why it could not be read.
    Result<void> trustCaFile(const QString &path);
    // Sends it (after those before it); delivered() or failed() tell.
    void send(const Alert &alert);
    [[nodiscard]] QString displayName() const { return displayForm(m_url); }
    // Alerts not yet delivered nor given up.
    [[nodiscard]] int pending() const { return static_cast<int>(m_queue.size()); }
    // The wait before the one retry (tests shorten it).
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryAfter = delay; }

Q_SIGNALS:
    void delivered(const iuc::Alert &alert);
    void failed(const iuc::Alert &alert, const iuc::Error &error);

private:
    struct Item
    {
        Alert alert;
        int tries = 0;
    };
    void next();
    void finished(QNetworkReply *reply);

    QUrl m_url;
    QString m_deployment;
    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_extraCas;
    QList<Item> m_queue;
    std::chrono::milliseconds m_retryAfter = kRetryAfter;
    bool m_busy = false;
};

} // namespace iuc
