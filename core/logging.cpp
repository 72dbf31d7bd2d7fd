#include "logging.h"

// Quiet by default: the CLI's stderr is for messages addressed to the user.
Q_LOGGING_CATEGORY(lcStore, "dwadmin.core.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSql, "dwadmin.core.sql", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "dwadmin.core.sync", QtWarningMsg)
