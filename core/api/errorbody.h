#pragma once

// What a Management Node (or a proxy in front of it) says when a request
// fails: {"error": "…"} with optional extras, a Pexip-style field map
// {"field": ["message", …]}, or a plain text or HTML page. The HTTP status
// decides what happened; this says it in the server's words.

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace iuc::api {

struct ApiErrorBody
{
    // For people: the server's "error", or the field messages joined as
    // "field: message; other: message", or the text of a non-JSON body
    // (HTML tags stripped, whitespace collapsed, capped). Empty when the body
    // said nothing.
    QString message;
    // The stable machine-readable key (extension: "run.locked", …), or empty.
    QString code;
    // Field name → its messages (Pexip style); a nested map is flattened as
    // "outer.inner".
    QMap<QString, QStringList> fieldErrors;
    // Every other key of a JSON object body, as sent: locked_since,
    // locked_until, how_to_lift, back_at, rebooting, offset, verdict, …
    QVariantMap extra;
};

// Never fails and never throws: a body it cannot make sense of gives its
// text (bounded), or an empty result.
ApiErrorBody parseErrorBody(const QByteArray &body);

} // namespace iuc::api
