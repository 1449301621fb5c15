/* TEMPORARY stub until the cairo renderer and HTML report land. */
#include "render.h"
int tl_render_html(const tl_timeline *tl, tl_buf *o, tl_error *e) { (void)tl; (void)o; (void)e; return 0; }
int tl_render_graphic(const tl_timeline *tl, tl_output_format f, tl_buf *o, tl_error *e) { (void)tl; (void)f; (void)o; (void)e; return 0; }
