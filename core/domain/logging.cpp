#include "core/domain/logging.h"

namespace iuc {

// Info and above by default; debug when QT_LOGGING_RULES asks for it.
Q_LOGGING_CATEGORY(lcHttp, "iuc.api.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTls, "iuc.api.tls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPoller, "iuc.poller", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUpload, "iuc.upload", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "iuc.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfiles, "iuc.profiles", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPackage, "iuc.package", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPaths, "iuc.paths", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStatuses, "iuc.statuses", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyslog, "iuc.syslog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "iuc.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "iuc.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGuided, "iuc.guided", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "iuc.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "iuc.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWall, "iuc.wall", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "iuc.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSimHttp, "iuc.sim.http", QtInfoMsg)

} // namespace iuc
