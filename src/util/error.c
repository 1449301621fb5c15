#include "error.h"

#include <stdarg.h>
#include <stdio.h>

int tl_fail(tl_error *err, tl_status code, const char *fmt, ...)
{
    if (err) {
        err->code = code;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
        /* One line, always: a newline from strerror or input would split it. */
        for (char *p = err->message; *p; p++)
            if (*p == '\n' || *p == '\r') *p = ' ';
    }
    return code;
}
