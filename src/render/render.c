/* render.c -- format names and the dispatch from tl_render*() to writers. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "render.h"
#include "../util/error.h"
#include "../util/file.h"

static const struct {
    const char *name;
    tl_output_format fmt;
} formats[] = {
    {"text", TL_OUT_TEXT}, {"txt", TL_OUT_TEXT},  {"json", TL_OUT_JSON}, {"timeml", TL_OUT_TIMEML},
    {"tml", TL_OUT_TIMEML}, {"svg", TL_OUT_SVG},  {"pdf", TL_OUT_PDF},   {"png", TL_OUT_PNG},
    {"html", TL_OUT_HTML},  {"htm", TL_OUT_HTML}, {"explain", TL_OUT_EXPLAIN},
    {"article", TL_OUT_ARTICLE},
};

int tl_output_format_from_name(const char *name)
{
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
        if (strcasecmp(formats[i].name, name) == 0) return (int)formats[i].fmt;
    return -1;
}

int tl_output_format_from_path(const char *path)
{
    const char *base = tl_basename(path), *dot = strrchr(base, '.');
    return dot ? tl_output_format_from_name(dot + 1) : -1;
}

static int render_to(const tl_timeline *tl, tl_output_format fmt, tl_buf *b, tl_error *err)
{
    switch (fmt) {
    case TL_OUT_TEXT: return tl_render_text(tl, b, err);
    case TL_OUT_JSON: return tl_render_json(tl, b, err);
    case TL_OUT_TIMEML:
        if (tl->docs.len == 0) return tl_fail(err, TL_EUSAGE, "no document to write as TimeML");
        return tl_render_timeml_doc(tl, 0, b, err);
    case TL_OUT_HTML: return tl_render_html(tl, b, err);
    case TL_OUT_EXPLAIN: return tl_render_explain(tl, b, err);
    case TL_OUT_ARTICLE: return tl_render_article(tl, b, err);
    case TL_OUT_SVG:
    case TL_OUT_PDF:
    case TL_OUT_PNG: return tl_render_graphic(tl, fmt, b, err);
    }
    return tl_fail(err, TL_EUSAGE, "unknown output format %d", (int)fmt);
}

static int finish(tl_buf *b, int rc, char **out, size_t *len, tl_error *err)
{
    if (rc == TL_OK && b->oom) rc = tl_fail(err, TL_EINPUT, "out of memory while rendering");
    if (rc == TL_OK && !b->data) tl_buf_append(b, "", 0);
    if (rc != TL_OK || b->oom) {
        tl_buf_free(b);
        return rc != TL_OK ? rc : TL_EINPUT;
    }
    *out = b->data;
    *len = b->len;
    return TL_OK;
}

int tl_render(const tl_timeline *tl, tl_output_format fmt, char **out, size_t *len, tl_error *err)
{
    tl_buf b = {0};
    return finish(&b, render_to(tl, fmt, &b, err), out, len, err);
}

int tl_render_timeml(const tl_timeline *tl, size_t doc, char **out, size_t *len, tl_error *err)
{
    if (doc >= tl->docs.len) return tl_fail(err, TL_EUSAGE, "no document %zu", doc);
    tl_buf b = {0};
    return finish(&b, tl_render_timeml_doc(tl, doc, &b, err), out, len, err);
}

int tl_render_file(const tl_timeline *tl, tl_output_format fmt, const char *path, tl_error *err)
{
    char *data;
    size_t len;
    int rc = tl_render(tl, fmt, &data, &len, err);
    if (rc != TL_OK) return rc;
    rc = tl_write_atomic(path, data, len, err);
    free(data);
    return rc;
}

int tl_render_timeml_file(const tl_timeline *tl, size_t doc, const char *path, tl_error *err)
{
    char *data;
    size_t len;
    int rc = tl_render_timeml(tl, doc, &data, &len, err);
    if (rc != TL_OK) return rc;
    rc = tl_write_atomic(path, data, len, err);
    free(data);
    return rc;
}
