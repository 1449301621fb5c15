/* TEMPORARY during the foundation build: each function here moves to its
 * real module as the stage lands.  This file must be gone before commit to
 * main is declared done. */
#include "model/stages.h"
#include "read/read.h"
#include "render/render.h"
#include "time/calendar.h"
#include <stdio.h>
#include <string.h>
int tl_time_tag(tl_timeline *tl, size_t i) { tl->docs.items[i]->timex_first = tl->timexes.len; return 0; }
int tl_events_build(tl_timeline *tl) { (void)tl; return 0; }
int tl_render_text(const tl_timeline *tl, tl_buf *o, tl_error *e) { (void)tl; (void)o; (void)e; return 0; }
int tl_render_json(const tl_timeline *tl, tl_buf *o, tl_error *e) { (void)tl; (void)o; (void)e; return 0; }
int tl_render_html(const tl_timeline *tl, tl_buf *o, tl_error *e) { (void)tl; (void)o; (void)e; return 0; }
int tl_render_graphic(const tl_timeline *tl, tl_output_format f, tl_buf *o, tl_error *e) { (void)tl; (void)f; (void)o; (void)e; return 0; }
int tl_read_html(tl_timeline *tl, tl_doc *d, tl_error *e) { return tl_read_text(tl, d, e); }
int tl_dct_from_dateline(const char *t, size_t n, char iso[32]) { (void)t; (void)n; (void)iso; return 0; }
int tl_parse_iso(const char *s, tl_datetime *o) { memset(o, -1, sizeof *o); return sscanf(s, "%d-%d-%d", &o->year, &o->month, &o->day) == 3 ? 0 : -1; }
int tl_resolve(const char *p, const char *a, tl_tense t, tl_resolution *o) { (void)p; (void)a; (void)t; (void)o; return 0; }
