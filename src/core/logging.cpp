#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "concord.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "concord.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "concord.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "concord.ui", QtInfoMsg)
