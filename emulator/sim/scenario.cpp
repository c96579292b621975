#include "emulator/sim/scenario.h"

#include "emulator/sim/simerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace iuc::sim {

namespace {

struct Site
{
    const char *name;
    const char *prefix;
    int subnet;
};
constexpr std::array<Site, 3> kSites = {{{"Oslo", "osl", 1}, {"London", "lon", 2}, {"New York", "nyc", 3}}};

Error bad(const QString &where, const QString &what)
{
    return Error{ScenarioError::Invalid,
                 u"Scenario file, %1: %2"_s.arg(where, what)};
}

// Reads optional typed fields, remembering the first problem.
class Fields final
{
public:
    Fields(const QJsonObject &o, QString where, std::initializer_list<const char *> known)
        : m_o(o)
        , m_where(std::move(where))
    {
        QSet<QString> allowed;
        for (const char *k : known)
            allowed.insert(QString::fromLatin1(k));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()) && !m_error)
                m_error = bad(m_where, u"unknown field \"%1\""_s.arg(it.key()));
        }
    }

    void number(const char *key, double &out, double min, double max)
    {
        const QJsonValue v = m_o.value(QLatin1StringView(key));
        if (v.isUndefined() || m_error)
            return;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            m_error = bad(m_where, u"\"%1\" must be a number from %2 to %3"_s
                                       .arg(QLatin1StringView(key))
                                       .arg(min)
                                       .arg(max));
            return;
        }
        out = v.toDouble();
    }
    void integer(const char *key, int &out, int min, int max)
    {
        double d = out;
        number(key, d, min, max);
        out = static_cast<int>(d);
    }
    void seconds(const char *key, Duration &out, double max = 7 * 86400.0)
    {
        double s = std::chrono::duration<double>(out).count();
        number(key, s, 0.001, max);
        out = Duration(static_cast<Duration::rep>(s * 1000));
    }
    void boolean(const char *key, bool &out)
    {
        const QJsonValue v = m_o.value(QLatin1StringView(key));
        if (v.isUndefined() || m_error)
            return;
        if (!v.isBool())
            m_error = bad(m_where, u"\"%1\" must be true or false"_s.arg(QLatin1StringView(key)));
        else
            out = v.toBool();
    }
    void string(const char *key, QString &out)
    {
        const QJsonValue v = m_o.value(QLatin1StringView(key));
        if (v.isUndefined() || m_error)
            return;
        if (!v.isString() || v.toString().trimmed().isEmpty() || v.toString().size() > 200)
            m_error = bad(m_where, u"\"%1\" must be a non-empty text"_s.arg(QLatin1StringView(key)));
        else
            out = v.toString().trimmed();
    }
    void version(const char *key, Version &out)
    {
        QString text;
        string(key, text);
        if (text.isEmpty() || m_error)
            return;
        auto parsed = Version::parse(text);
        if (!parsed)
            m_error = bad(m_where, parsed.error().message);
        else
            out = parsed.value();
    }
    [[nodiscard]] QJsonArray array(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1StringView(key));
        if (!v.isUndefined() && !v.isArray() && !m_error)
            m_error = bad(m_where, u"\"%1\" must be a list"_s.arg(QLatin1StringView(key)));
        return v.toArray();
    }
    [[nodiscard]] QJsonObject object(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1StringView(key));
        if (!v.isUndefined() && !v.isObject() && !m_error)
            m_error = bad(m_where, u"\"%1\" must be an object"_s.arg(QLatin1StringView(key)));
        return v.toObject();
    }
    void fail(const QString &what)
    {
        if (!m_error)
            m_error = bad(m_where, what);
    }
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }

private:
    QJsonObject m_o;
    QString m_where;
    std::optional<Error> m_error;
};

void readNodeFields(Fields &f, NodeConfig &node)
{
    f.string("name", node.name);
    f.string("hostname", node.hostname);
    f.string("address", node.address);
    f.string("location", node.location);
    f.version("version", node.version);
    f.number("link_mbps", node.linkMbps, 0.1, 100'000);
    f.boolean("config_only", node.configOnly);
    f.boolean("reachable", node.reachable);
    f.boolean("stuck_calls", node.stuckCalls);
    f.boolean("fail_install", node.failInstall);
}

} // namespace

DeploymentConfig DeploymentConfig::standard(int nodeCount, const Version &version)
{
    DeploymentConfig c;
    c.managementVersion = version;
    c.engine.parallelismByVersion = true; // as a real Management Node (R2)
    nodeCount = std::clamp(nodeCount, 1, kMaxNodes);
    const int perSite = (nodeCount + static_cast<int>(kSites.size()) - 1) / static_cast<int>(kSites.size());
    int id = 1;
    for (const Site &site : kSites) {
        const int here = std::min(perSite, nodeCount - (id - 1));
        if (here <= 0)
            break;
        c.locations.push_back(LocationConfig{QString::fromLatin1(site.name), 6.0 * here});
        for (int i = 1; i <= here; ++i, ++id) {
            NodeConfig n;
            n.id = id;
            n.name = u"%1-conf%2"_s.arg(QLatin1StringView(site.prefix)).arg(i, 2, 10, QLatin1Char('0'));
            n.hostname = n.name + u".example.com"_s;
            n.address = u"10.%1.%2.%3"_s.arg(site.subnet).arg(i / 250).arg(i % 250 + 1);
            n.location = QString::fromLatin1(site.name);
            n.configOnly = here >= 3 && i == here;
            n.version = version;
            c.nodes.push_back(n);
        }
    }
    return c;
}

Result<DeploymentConfig> DeploymentConfig::fromJson(const QByteArray &json, const DeploymentConfig &defaults)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return bad(u"top level"_s, perr.error != QJsonParseError::NoError
                                                    ? perr.errorString() + u" at byte %1"_s.arg(perr.offset)
                                                    : u"expected a JSON object"_s);
    DeploymentConfig c = defaults;
    Fields top(doc.object(), u"top level"_s,
               {"comment", "seed", "time_scale", "call_load", "conferences", "management", "engine", "timings",
                "locations", "nodes", "overrides"});
    double seed = static_cast<double>(c.seed);
    top.number("seed", seed, 0, 4e15);
    c.seed = static_cast<quint64>(seed);
    top.number("time_scale", c.timeScale, 0, 1e7);
    top.number("call_load", c.callLoad, 0, 1000);
    top.integer("conferences", c.conferenceCount, 1, 100'000);

    Fields mgmt(top.object("management"), u"management"_s, {"name", "address", "version"});
    mgmt.string("name", c.managementName);
    mgmt.string("address", c.managementAddress);
    const Version defaultVersion = c.managementVersion;
    mgmt.version("version", c.managementVersion);
    if (mgmt.error())
        return *mgmt.error();
    // Nodes that were simply on the default version follow the Management
    // Node's: a scenario that says "management on v3" means a v3 deployment.
    for (NodeConfig &n : c.nodes) {
        if (n.version == defaultVersion)
            n.version = c.managementVersion;
    }

    const QJsonObject engine = top.object("engine");
    if (engine.contains("max_parallel"_L1))
        c.engine.parallelismByVersion = false; // the scenario says, whatever the version
    Fields eng(engine, u"engine"_s,
               {"max_parallel", "drain_timeout_s", "run_deadline_s", "lock_s", "preparing_s", "unreachable_retry_s",
                "install_timeout_s", "reboot_timeout_s"});
    eng.integer("max_parallel", c.engine.maxParallel, 1, EngineSettings::kMaxParallelLimit);
    eng.seconds("drain_timeout_s", c.engine.drainTimeout);
    eng.seconds("run_deadline_s", c.engine.runDeadline);
    eng.seconds("lock_s", c.engine.reinitiationLock);
    eng.seconds("preparing_s", c.engine.preparingDuration);
    eng.seconds("unreachable_retry_s", c.engine.unreachableRetry);
    eng.seconds("install_timeout_s", c.engine.installTimeout);
    eng.seconds("reboot_timeout_s", c.engine.rebootTimeout);
    if (eng.error())
        return *eng.error();

    Fields tim(top.object("timings"), u"timings"_s,
               {"management_install_s", "management_reboot_s", "node_install_s", "node_reboot_s", "mean_call_s"});
    tim.seconds("management_install_s", c.timings.managementInstall);
    tim.seconds("management_reboot_s", c.timings.managementReboot);
    tim.seconds("node_install_s", c.timings.nodeInstall);
    tim.seconds("node_reboot_s", c.timings.nodeReboot);
    tim.seconds("mean_call_s", c.timings.meanCall);
    if (tim.error())
        return *tim.error();

    const QJsonArray locations = top.array("locations");
    const QJsonArray nodes = top.array("nodes");
    const QJsonArray overrides = top.array("overrides");
    if (top.error())
        return *top.error();

    if (!locations.isEmpty()) {
        // Locations with node counts generate their nodes, like standard().
        c.locations.clear();
        c.nodes.clear();
        int id = 1;
        for (qsizetype i = 0; i < locations.size(); ++i) {
            Fields f(locations[i].toObject(), u"locations[%1]"_s.arg(i),
                     {"name", "calls_per_hour", "nodes", "config_only", "prefix", "subnet"});
            LocationConfig loc;
            int count = 0, configOnly = 0, subnet = static_cast<int>(i) + 1;
            QString prefix = u"loc%1"_s.arg(i + 1);
            f.string("name", loc.name);
            f.number("calls_per_hour", loc.callsPerHour, 0, 1e6);
            f.integer("nodes", count, 0, kMaxNodes);
            f.integer("config_only", configOnly, 0, kMaxNodes);
            f.string("prefix", prefix);
            f.integer("subnet", subnet, 0, 255);
            if (!locations[i].isObject())
                f.fail(u"expected an object"_s);
            if (loc.name.isEmpty())
                f.fail(u"\"name\" is required"_s);
            if (f.error())
                return *f.error();
            c.locations.push_back(loc);
            for (int k = 1; k <= count; ++k, ++id) {
                NodeConfig n;
                n.id = id;
                n.name = u"%1-conf%2"_s.arg(prefix).arg(k, 2, 10, QLatin1Char('0'));
                n.hostname = n.name + u".example.com"_s;
                n.address = u"10.%1.%2.%3"_s.arg(subnet).arg(k / 250).arg(k % 250 + 1);
                n.location = loc.name;
                n.configOnly = k > count - configOnly;
                n.version = c.managementVersion;
                c.nodes.push_back(n);
            }
        }
    }

    if (!nodes.isEmpty()) {
        c.nodes.clear();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            Fields f(nodes[i].toObject(), u"nodes[%1]"_s.arg(i),
                     {"name", "hostname", "address", "location", "version", "link_mbps", "config_only", "reachable",
                      "stuck_calls", "fail_install"});
            NodeConfig n;
            n.id = static_cast<int>(i) + 1;
            n.version = c.managementVersion;
            n.address = u"10.9.%1.%2"_s.arg((i + 1) / 250).arg((i + 1) % 250 + 1);
            readNodeFields(f, n);
            if (!nodes[i].isObject())
                f.fail(u"expected an object"_s);
            if (n.name.isEmpty() || n.location.isEmpty())
                f.fail(u"\"name\" and \"location\" are required"_s);
            if (f.error())
                return *f.error();
            if (n.hostname.isEmpty())
                n.hostname = n.name + u".example.com"_s;
            c.nodes.push_back(n);
        }
        // Without a "locations" list, the nodes' own locations are the
        // deployment's, with a call rate by size.
        if (locations.isEmpty())
            c.locations.clear();
        for (const NodeConfig &n : c.nodes) {
            auto it = std::find_if(c.locations.begin(), c.locations.end(),
                                   [&](const LocationConfig &l) { return l.name == n.location; });
            if (it == c.locations.end())
                c.locations.push_back(LocationConfig{n.location, 6.0});
            else if (locations.isEmpty())
                it->callsPerHour += 6.0;
        }
    }

    for (qsizetype i = 0; i < overrides.size(); ++i) {
        const QJsonObject o = overrides[i].toObject();
        const QString name = o.value(u"name"_s).toString();
        auto it = std::find_if(c.nodes.begin(), c.nodes.end(), [&](const NodeConfig &n) { return n.name == name; });
        if (it == c.nodes.end())
            return bad(u"overrides[%1]"_s.arg(i), u"no node named \"%1\""_s.arg(name));
        Fields f(o, u"overrides[%1]"_s.arg(i),
                 {"name", "hostname", "address", "location", "version", "link_mbps", "config_only", "reachable",
                  "stuck_calls", "fail_install"});
        readNodeFields(f, *it);
        if (f.error())
            return *f.error();
    }

    if (c.nodes.empty())
        return bad(u"top level"_s, u"the deployment has no Conferencing Nodes"_s);
    if (static_cast<int>(c.nodes.size()) > kMaxNodes)
        return bad(u"top level"_s, u"at most %1 Conferencing Nodes"_s.arg(kMaxNodes));
    QSet<QString> names, addresses;
    for (const NodeConfig &n : c.nodes) {
        if (names.contains(n.name) || addresses.contains(n.address))
            return bad(n.name, u"node names and addresses must be unique"_s);
        names.insert(n.name);
        addresses.insert(n.address);
    }
    if (!c.managementVersion.isValid())
        return bad(u"management"_s, u"\"version\" is required"_s);
    return c;
}

} // namespace iuc::sim
