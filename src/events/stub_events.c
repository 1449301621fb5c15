/* TEMPORARY stub until the event stage and text/json writers land. */
#include "../model/stages.h"
#include "../render/render.h"
int tl_events_build(tl_timeline *tl) { (void)tl; return 0; }
int tl_render_text(const tl_timeline *tl, tl_buf *o, tl_error *e) { (void)tl; (void)o; (void)e; return 0; }
int tl_render_json(const tl_timeline *tl, tl_buf *o, tl_error *e) { (void)tl; (void)o; (void)e; return 0; }
