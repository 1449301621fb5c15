/* point.h -- a point in time at the granularity it was stated at ("1998",
 * "1998-Q3", "1998-02-13"), the unit of the tagger's date arithmetic. */
#ifndef TL_POINT_H
#define TL_POINT_H

#include "calendar.h"
#include "lexicon.h"

/* Fields finer than gran are -1.  Weeks keep a day of the week; seasons
 * keep the season (1 spring .. 4 winter) in month; quarters and halves keep
 * a month inside them. */
typedef struct tl_point {
    tl_datetime t;
    tl_granularity gran; /* TL_GRAN_NONE: no point */
} tl_point;

tl_point tl_point_make(int y, int m, int d, tl_granularity g);
/* The same point at a coarser granularity (a day's week, month, year ...). */
tl_point tl_point_truncate(tl_point p, tl_granularity g);
/* p moved by n units (tl_unit), keeping its granularity. */
tl_point tl_point_shift(tl_point p, int unit, int n);
/* The day number (tl_days_from_civil) of p's first day. */
int64_t tl_point_days(const tl_point *p);
/* The granularity a unit names (U_WEEK: week ...). */
tl_granularity tl_unit_gran(int unit);
/* TimeML value of p: "2025", "2025-Q3", "2025-W32", "2025-08-15T11:00". */
void tl_point_format(const tl_point *p, char out[32]);

#endif
