/* error.h -- filling a tl_error (which may be NULL) with a one-line message. */
#ifndef TL_ERROR_H
#define TL_ERROR_H

#include "timeline.h"

/* Sets err and returns code, so callers can write: return tl_fail(err, ...). */
int tl_fail(tl_error *err, tl_status code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
