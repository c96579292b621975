#include "emulator/server/workerstatuscache.h"

#include "emulator/server/apischema.h"

#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace iuc::sim {

WorkerStatusCache::WorkerStatusCache(ApiProfile profile, StatusWords words)
    : m_profile(profile)
    , m_words(std::move(words))
{
    const QStringList &fields = api::spec(api::Resource::WorkerVmStatus).fieldNames(profile);
    for (const QString &time : {u"last_updated"_s, u"last_reported"_s}) {
        if (fields.contains(time))
            m_contactTimes.append(time);
    }
    m_attemptedContact = fields.contains(u"last_attempted_contact"_s);
}

QByteArray WorkerStatusCache::renderPage(const Deployment &d, const QString &path, const QString &query,
                                         api::Page page)
{
    const auto &nodes = d.nodes();
    const int total = static_cast<int>(nodes.size());
    m_entries.resize(nodes.size());

    QHash<NodeId, int> positions; // one pass over the queue instead of one per node
    int position = 0;
    for (const NodeId id : d.engine().queue())
        positions.insert(id, ++position);

    const QByteArray now = api::timestamp(d.now()).toLatin1();
    QByteArray objects;
    const int end = std::min(total, page.offset + page.limit);
    for (int i = page.offset; i < end; ++i) {
        const SimNode &n = nodes[static_cast<size_t>(i)];
        const NodeState &s = *d.engine().node(n.config.id);
        const bool inContact = n.reachable && !n.rebooting;
        const Key key{s.status,           s.statusSince,       s.attempts,
                      positions.value(n.config.id), n.calls,   n.engineMaintenance,
                      n.adminMaintenance, inContact,           n.bootTime,
                      inContact ? TimePoint{} : n.lastUpdated, n.version.toString()};
        Entry &entry = m_entries[static_cast<size_t>(i)];
        if (entry.json.isEmpty() || !(entry.key == key)) {
            QJsonObject o = api::workerStatus(d, n, m_profile, m_words);
            o.remove(u"last_attempted_contact"_s);
            // Out of contact, the times of the last contact are fixed and belong in the cache.
            if (inContact) {
                for (const QString &time : std::as_const(m_contactTimes))
                    o.remove(time);
            }
            entry.json = QJsonDocument(o).toJson(QJsonDocument::Compact);
            entry.json.chop(1); // the closing brace
            entry.key = key;
        }
        if (i > page.offset)
            objects += ',';
        objects += entry.json;
        if (m_attemptedContact)
            objects += ",\"last_attempted_contact\":\"" + now + '"';
        if (inContact) {
            for (const QString &time : std::as_const(m_contactTimes))
                objects += ",\"" + time.toLatin1() + "\":\"" + now + '"';
        }
        objects += '}';
    }

    // The envelope comes from the shared list renderer, with an empty page
    // of objects that the cached ones then fill.
    QJsonObject envelope = api::list(path, query, page, total, [](int) { return QJsonObject(); });
    envelope.insert(u"objects"_s, QJsonArray());
    QByteArray json = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    const QByteArray emptyObjects = "\"objects\":[]";
    const qsizetype at = json.indexOf(emptyObjects);
    const QByteArray filled = "\"objects\":[" + objects + ']';
    json.replace(at, emptyObjects.size(), filled);
    return json;
}

} // namespace iuc::sim
