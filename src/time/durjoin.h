/* durjoin.h -- joining two durations said as one ("two hours and 17 minutes"). */
#ifndef TL_DURJOIN_H
#define TL_DURJOIN_H
#include <stddef.h>

/* The TIMEX3 value of duration a followed by b ("PT2H" and "PT17M" give
 * "PT2H17M") into out (cap bytes): 0, or -1 when either is not a plain
 * duration or b's units are not all smaller than a's ("a week and a year"). */
int tl_duration_join(const char *a, const char *b, char *out, size_t cap);

#endif
