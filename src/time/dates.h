/* dates.h -- shared by the calendar kinds of the normaliser: dates.c
 * (explicit dates, weekdays, deictic days, dispatch), relative.c
 * (relative units, quarters, seasons, holidays) and anaphora.c ("ago",
 * "later", anaphora, parts of the day, times). */
#ifndef TL_DATES_H
#define TL_DATES_H

#include "normalize.h"

extern const char *const tl_pod_code[];   /* "", "MO", "AF", "EV", "NI", "DT", "MI" */
extern const char *const tl_tense_text[]; /* "past tense" ... for rules */

static inline int tl_has_dct(const tl_context *c) { return c->dct.gran != TL_GRAN_NONE; }
/* The reference time for anaphora: the last anchored date, else the DCT. */
const tl_point *tl_ref_point(const tl_context *c);
/* Set o's type, value and point from p; anchor (may be NULL) is recorded. */
void tl_emit(tl_norm *o, tl_point p, const tl_point *anchor);
/* A value with unknown digits at granularity g ("XXXX-WXX"). */
int tl_unknown(tl_norm *o, tl_granularity g, const char *what);
/* Year of month m, day d (d < 0: the whole month) near the DCT, by tense. */
int tl_choose_year(const tl_context *c, int m, int d, const char **why);
/* Append part of day pod ("TNI") to o's value; o becomes a TIME. */
int tl_with_pod(tl_norm *o, int pod);
/* Days from *from to weekday wd: dir -1 the one before, +1 the one after, 0
 * in the same ISO week, 2 by tense (from itself when it is that weekday). */
int tl_weekday_offset(const tl_context *c, int wd, int dir, const tl_datetime *from);

/* relative.c */
int tl_norm_relunit(const tl_frame *f, const tl_context *c, tl_norm *o);
int tl_norm_quarter(const tl_frame *f, const tl_context *c, tl_norm *o);
int tl_norm_season(const tl_frame *f, const tl_context *c, tl_norm *o);
int tl_norm_holiday(const tl_frame *f, const tl_context *c, tl_norm *o);
extern const char *const tl_rel_text[]; /* "", "last", "next" ... by R_ value, for rules */
/* The DCT's day (the DCT truncated to a day). */
tl_point tl_dct_day(const tl_context *c);
/* The last completed quarter (or half: unit) before the DCT. */
tl_point tl_last_completed(const tl_context *c, int unit);
/* anaphora.c */
int tl_norm_ago(const tl_frame *f, const tl_context *c, tl_norm *o);
int tl_norm_anaphor(const tl_frame *f, const tl_context *c, tl_norm *o);
int tl_norm_time(const tl_frame *f, const tl_context *c, tl_norm *o);
/* "this morning", "last night", "the next morning" (part of day pod). */
int tl_rel_pod(const tl_frame *f, const tl_context *c, tl_norm *o, int pod);
/* How base relates to the reference time ("reference time" ...), for rules. */
const char *tl_ref_name(const tl_context *c, const tl_point *base);
/* An anaphor of granularity g after a coarser reference time r that holds
 * no finer time named: one of r's units, unknown which (1998-10-XX). */
int tl_unit_inside(tl_norm *o, const tl_point *r, tl_granularity g, int pod);
/* years.c: weeks, years, decades, centuries, fiscal years by number */
int tl_norm_week_number(const tl_frame *f, tl_norm *o);
int tl_norm_year_like(const tl_frame *f, tl_norm *o);
int tl_norm_half_of_decade(const tl_frame *f, tl_norm *o);
int tl_norm_fiscal(const tl_frame *f, const tl_context *c, tl_norm *o);
/* parts.c */
int tl_norm_part(const tl_frame *f, const tl_context *c, tl_norm *o);
int tl_norm_yearpair(const tl_frame *f, tl_norm *o);
int tl_norm_ordday(const tl_frame *f, const tl_context *c, tl_norm *o);

#endif
