/* render.h -- one writer per output format; each only reads the model and
 * appends to a buffer.  render.c dispatches and writes files atomically. */
#ifndef TL_RENDER_H
#define TL_RENDER_H

#include "../model/model.h"
#include "../util/buf.h"

int tl_render_text(const tl_timeline *tl, tl_buf *out, tl_error *err);
int tl_render_json(const tl_timeline *tl, tl_buf *out, tl_error *err);
int tl_render_timeml_doc(const tl_timeline *tl, size_t doc, tl_buf *out, tl_error *err);
int tl_render_explain(const tl_timeline *tl, tl_buf *out, tl_error *err);
int tl_render_article(const tl_timeline *tl, tl_buf *out, tl_error *err);
int tl_render_html(const tl_timeline *tl, tl_buf *out, tl_error *err);
/* svg, pdf and png through cairo (cairo.c). */
int tl_render_graphic(const tl_timeline *tl, tl_output_format fmt, tl_buf *out, tl_error *err);

#endif
