// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging/categories.h"

#include <cstring>

namespace sc {
Q_LOGGING_CATEGORY(lcApp, "sc.app")
Q_LOGGING_CATEGORY(lcEngine, "sc.engine")
Q_LOGGING_CATEGORY(lcNet, "sc.net")
Q_LOGGING_CATEGORY(lcPolicy, "sc.policy")
Q_LOGGING_CATEGORY(lcTasks, "sc.tasks")
Q_LOGGING_CATEGORY(lcHub, "sc.hub")
Q_LOGGING_CATEGORY(lcSettings, "sc.settings")
Q_LOGGING_CATEGORY(lcUi, "sc.ui")

bool isLogFileOnly(const char* category)
{
    if (!category)
        return false;
    for (const QLoggingCategory* ours :
        { &lcApp(), &lcEngine(), &lcNet(), &lcPolicy(), &lcTasks(), &lcHub(), &lcSettings(), &lcUi() }) {
        if (std::strcmp(category, ours->categoryName()) == 0)
            return true;
    }
    return false;
}
} // namespace sc
