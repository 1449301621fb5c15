/* timeline.c -- the tl_timeline object: adding documents, running the
 * pipeline, and the read-only accessors of the public API. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "model.h"
#include "stages.h"
#include "../read/read.h"
#include "../time/calendar.h"
#include "../util/error.h"
#include "../util/file.h"

/* Process CPU time in seconds, for the per-stage figures. */
static double cpu_seconds(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0) return 0;
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

tl_timeline *tl_new(const tl_options *opts)
{
    tl_timeline *tl = calloc(1, sizeof *tl);
    if (tl && opts) tl->opts = *opts;
    return tl;
}

void tl_free(tl_timeline *tl)
{
    if (!tl) return;
    for (size_t i = 0; i < tl->docs.len; i++) {
        tl_doc *d = tl->docs.items[i];
        free(d->raw);
        TL_VEC_FREE(&d->tokens);
        TL_VEC_FREE(&d->sentences);
        free(d);
    }
    TL_VEC_FREE(&tl->docs);
    TL_VEC_FREE(&tl->timexes);
    TL_VEC_FREE(&tl->events);
    TL_VEC_FREE(&tl->relations);
    TL_VEC_FREE(&tl->warnings);
    tl_arena_free(&tl->arena);
    free(tl);
}

void tl_warn(tl_timeline *tl, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char line[600];
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    char *s = tl_arena_strdup(&tl->arena, line);
    if (s) (void)TL_VEC_PUSH(&tl->warnings, s);
}

int tl_doc_set_dct(tl_timeline *tl, tl_doc *doc, const char *iso, tl_dct_source src)
{
    tl_datetime dt;
    if (tl_parse_iso(iso, &dt) != 0) return -1;
    /* The calendar's writer, so years outside 0-9999 read back the same. */
    char buf[32];
    tl_format_iso(buf, dt.year, dt.month, dt.day, dt.hour, dt.minute, -1);
    char *s = tl_arena_strdup(&tl->arena, buf);
    if (!s) return -1;
    doc->pub.dct = s;
    doc->pub.dct_source = src;
    return 0;
}

/* Takes ownership of data (malloc'd, NUL-terminated). */
static int add_document(tl_timeline *tl, const char *path, char *data, size_t len,
                        tl_input_format fmt, tl_error *err)
{
    if (tl->ran) {
        free(data);
        return tl_fail(err, TL_EUSAGE, "%s: documents must be added before tl_run()", path);
    }
    tl_doc *doc = calloc(1, sizeof *doc);
    if (!doc || TL_VEC_RESERVE1(&tl->docs) != 0) {
        free(doc);
        free(data);
        return tl_fail(err, TL_EINPUT, "%s: out of memory", path);
    }
    doc->raw = data;
    doc->raw_len = len;
    doc->pub.source = tl_arena_strdup(&tl->arena, path);
    doc->pub.id = tl_arena_strdup(&tl->arena, strcmp(path, "-") == 0 ? "stdin" : tl_basename(path));
    doc->pub.dct = "";
    if (fmt == TL_IN_AUTO) fmt = tl_detect_format(data, len);
    doc->pub.format = fmt;
    int rc;
    switch (fmt) {
    case TL_IN_HTML: rc = tl_read_html(tl, doc, err); break;
    case TL_IN_TIMEML: rc = tl_read_timeml(tl, doc, err); break;
    default: rc = tl_read_text(tl, doc, err); break;
    }
    if (rc == TL_OK && doc->pub.dct_source == TL_DCT_NONE) {
        char iso[32];
        if (tl_dct_from_dateline(doc->pub.text, doc->pub.text_len, iso))
            tl_doc_set_dct(tl, doc, iso, TL_DCT_DATELINE);
    }
    if (rc != TL_OK) {
        free(doc->raw);
        free(doc);
        return rc;
    }
    tl->docs.items[tl->docs.len++] = doc;
    return TL_OK;
}

int tl_add_file(tl_timeline *tl, const char *path, tl_input_format fmt, tl_error *err)
{
    double t0 = cpu_seconds();
    char *data;
    size_t len;
    int rc = tl_read_all(path, &data, &len, err);
    if (rc == TL_OK) rc = add_document(tl, path, data, len, fmt, err);
    tl->stage_seconds[TL_STAGE_READ] += cpu_seconds() - t0;
    return rc;
}

int tl_add_memory(tl_timeline *tl, const char *name, const char *data, size_t len,
                  tl_input_format fmt, tl_error *err)
{
    double t0 = cpu_seconds();
    char *copy = malloc(len + 1);
    if (!copy) return tl_fail(err, TL_EINPUT, "%s: out of memory", name);
    if (len) memcpy(copy, data, len);
    copy[len] = '\0';
    int rc = add_document(tl, name, copy, len, fmt, err);
    tl->stage_seconds[TL_STAGE_READ] += cpu_seconds() - t0;
    return rc;
}

int tl_set_dct(tl_timeline *tl, size_t doc, const char *iso, tl_error *err)
{
    if (doc >= tl->docs.len) return tl_fail(err, TL_EUSAGE, "no document %zu", doc);
    if (tl_doc_set_dct(tl, tl->docs.items[doc], iso, TL_DCT_CLI) != 0)
        return tl_fail(err, TL_EUSAGE, "%s: invalid date '%s' (expected ISO 8601, e.g. 2025-08-15)",
                       tl->docs.items[doc]->pub.id, iso);
    return TL_OK;
}

int tl_apply_dct_file(tl_timeline *tl, const char *tsv_path, tl_error *err)
{
    char *data;
    size_t len;
    int rc = tl_read_all(tsv_path, &data, &len, err);
    if (rc != TL_OK) return rc;
    int lineno = 0;
    for (char *line = data, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        lineno++;
        size_t n = strlen(line);
        if (n && line[n - 1] == '\r') line[--n] = '\0';
        if (n == 0 || line[0] == '#') continue;
        char *tab = strchr(line, '\t');
        if (!tab) {
            rc = tl_fail(err, TL_EINPUT, "%s:%d: expected FILE<TAB>DATE", tsv_path, lineno);
            break;
        }
        *tab = '\0';
        const char *date = tab + 1, *name = tl_basename(line);
        tl_datetime dt;
        if (tl_parse_iso(date, &dt) != 0) {
            rc = tl_fail(err, TL_EINPUT, "%s:%d: invalid date '%s'", tsv_path, lineno, date);
            break;
        }
        for (size_t i = 0; i < tl->docs.len; i++)
            if (strcmp(tl->docs.items[i]->pub.id, name) == 0)
                tl_doc_set_dct(tl, tl->docs.items[i], date, TL_DCT_CLI);
    }
    free(data);
    return rc;
}

int tl_run(tl_timeline *tl, tl_error *err)
{
    if (tl->ran) return tl_fail(err, TL_EUSAGE, "tl_run() called twice");
    tl->ran = 1;
    /* stage by stage over all documents: each stage is timed once, so
     * the clock's own cost does not weigh on a stage thousands of times */
    double t0 = cpu_seconds();
    for (size_t i = 0; i < tl->docs.len; i++) {
        tl_doc *d = tl->docs.items[i];
        if (!d->pub.dct[0])
            tl_warn(tl, "%s: no document creation time; relative dates left unanchored "
                        "(use --dct or --dct-file)", d->pub.id);
        if (tl_segment(tl, d) != 0) return tl_fail(err, TL_EINPUT, "%s: out of memory", d->pub.id);
        d->pub.sentences = d->sentences.items;
        d->pub.n_sentences = d->sentences.len;
    }
    double t1 = cpu_seconds();
    for (size_t i = 0; i < tl->docs.len; i++)
        if (tl_time_tag(tl, i) != 0)
            return tl_fail(err, TL_EINPUT, "%s: out of memory", tl->docs.items[i]->pub.id);
    double t2 = cpu_seconds();
    tl->stage_seconds[TL_STAGE_SEGMENT] += t1 - t0;
    tl->stage_seconds[TL_STAGE_TIME] += t2 - t1;
    t0 = cpu_seconds();
    int rc = tl_events_build(tl);
    tl->stage_seconds[TL_STAGE_EVENTS] += cpu_seconds() - t0;
    if (rc != 0) return tl_fail(err, TL_EINPUT, "out of memory");
    return TL_OK;
}

double tl_stage_seconds(const tl_timeline *tl, const char *stage)
{
    static const char *const names[TL_STAGE_COUNT] = {"read", "segment", "time", "events"};
    for (int i = 0; tl && stage && i < TL_STAGE_COUNT; i++)
        if (strcmp(stage, names[i]) == 0) return tl->stage_seconds[i];
    return -1;
}

size_t tl_document_count(const tl_timeline *tl) { return tl->docs.len; }
const tl_document *tl_document_at(const tl_timeline *tl, size_t i)
{
    return i < tl->docs.len ? &tl->docs.items[i]->pub : NULL;
}
size_t tl_timex_count(const tl_timeline *tl) { return tl->timexes.len; }
const tl_timex *tl_timex_at(const tl_timeline *tl, size_t i)
{
    return i < tl->timexes.len ? &tl->timexes.items[i] : NULL;
}
size_t tl_event_count(const tl_timeline *tl) { return tl->events.len; }
const tl_event *tl_event_at(const tl_timeline *tl, size_t i)
{
    return i < tl->events.len ? &tl->events.items[i] : NULL;
}
size_t tl_relation_count(const tl_timeline *tl) { return tl->relations.len; }
const tl_relation *tl_relation_at(const tl_timeline *tl, size_t i)
{
    return i < tl->relations.len ? &tl->relations.items[i] : NULL;
}
size_t tl_warning_count(const tl_timeline *tl) { return tl->warnings.len; }
const char *tl_warning_at(const tl_timeline *tl, size_t i)
{
    return i < tl->warnings.len ? tl->warnings.items[i] : NULL;
}
