// SPDX-License-Identifier: GPL-3.0-or-later
#include "filelimit.h"

#include <sys/resource.h>

namespace sc::hub {

quint64 raiseOpenFileLimit()
{
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) != 0)
        return 0;
    if (files.rlim_cur != files.rlim_max) {
        rlimit raised = files;
        raised.rlim_cur = files.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            files = raised;
    }
    return files.rlim_cur == RLIM_INFINITY ? quint64(-1) : quint64(files.rlim_cur);
}

} // namespace sc::hub
