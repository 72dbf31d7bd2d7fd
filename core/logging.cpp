#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "dwadmin.core.store")
Q_LOGGING_CATEGORY(lcSql, "dwadmin.core.sql")
Q_LOGGING_CATEGORY(lcSync, "dwadmin.core.sync")
