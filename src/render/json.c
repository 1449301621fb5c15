/* json.c -- the timeline as JSON for programs (schema: README, "JSON output").
 *
 * Four arrays -- documents, timexes, events, relations -- cross-referenced
 * by the ids "t1", "e1" and by document index.  Output is deterministic
 * (same input, same bytes), pretty-printed with a two-space indent, and
 * always valid UTF-8 JSON: every string goes through tl_buf_json_string. */
#include <string.h>

#include "render.h"

/* Raised when a field changes meaning or goes away (not when one is added). */
#define SCHEMA_VERSION "1"

static void indent(tl_buf *b, int level) { tl_buf_pad(b, (size_t)level * 2); }

static void str(tl_buf *b, const char *s) { tl_buf_json_string(b, s, strlen(s)); }

/* A string member; NULL or "" as null when nullable. */
static void member_str(tl_buf *b, int level, const char *key, const char *value, int nullable,
                       int last)
{
    indent(b, level);
    tl_buf_printf(b, "\"%s\": ", key);
    if (!value || (nullable && !value[0])) tl_buf_puts(b, "null");
    else str(b, value);
    tl_buf_puts(b, last ? "\n" : ",\n");
}

static void member_num(tl_buf *b, int level, const char *key, size_t value, int last)
{
    indent(b, level);
    tl_buf_printf(b, "\"%s\": %zu%s\n", key, value, last ? "" : ",");
}

static void documents(const tl_timeline *tl, tl_buf *b)
{
    tl_buf_puts(b, "  \"documents\": [");
    for (size_t i = 0; i < tl->docs.len; i++) {
        const tl_document *d = &tl->docs.items[i]->pub;
        tl_buf_puts(b, i ? ",\n    {\n" : "\n    {\n");
        member_str(b, 3, "id", d->id, 0, 0);
        member_str(b, 3, "source", d->source, 0, 0);
        member_str(b, 3, "dct", d->dct, 1, 0);
        member_str(b, 3, "dct_source", tl_dct_source_name(d->dct_source), 0, 1);
        tl_buf_puts(b, "    }");
    }
    tl_buf_puts(b, tl->docs.len ? "\n  ],\n" : "],\n");
}

static void timexes(const tl_timeline *tl, tl_buf *b)
{
    tl_buf_puts(b, "  \"timexes\": [");
    for (size_t i = 0; i < tl->timexes.len; i++) {
        const tl_timex *t = &tl->timexes.items[i];
        tl_buf_puts(b, i ? ",\n    {\n" : "\n    {\n");
        tl_buf_printf(b, "      \"id\": \"t%zu\",\n", t->id + 1);
        member_num(b, 3, "doc", t->doc, 0);
        member_num(b, 3, "start", t->start, 0);
        member_num(b, 3, "end", t->end, 0);
        member_str(b, 3, "text", t->text, 0, 0);
        member_str(b, 3, "type", tl_timex_type_name(t->type), 0, 0);
        member_str(b, 3, "value", t->value, 0, 0);
        member_str(b, 3, "mod", t->mod, 1, 0);
        member_str(b, 3, "zone", t->zone, 1, 0);
        member_str(b, 3, "freq", t->freq ? t->freq : "", 1, 0);
        member_str(b, 3, "quant", t->quant ? t->quant : "", 1, 0);
        member_str(b, 3, "anchor", t->anchor, 1, 0);
        member_str(b, 3, "rule", t->rule ? t->rule : "", 0, 1);
        tl_buf_puts(b, "    }");
    }
    tl_buf_puts(b, tl->timexes.len ? "\n  ],\n" : "],\n");
}

static void mention(const tl_timeline *tl, const tl_mention *m, tl_buf *b)
{
    const tl_document *d = &tl->docs.items[m->doc]->pub;
    tl_buf_puts(b, "        {\n");
    member_num(b, 5, "doc", m->doc, 0);
    member_num(b, 5, "start", m->start, 0);
    member_num(b, 5, "end", m->end, 0);
    indent(b, 5);
    tl_buf_puts(b, "\"sentence\": ");
    if (m->sentence < d->n_sentences) {
        const tl_sentence *s = &d->sentences[m->sentence];
        tl_buf_json_string(b, d->text + s->start, s->end - s->start);
    } else {
        tl_buf_puts(b, "null");
    }
    tl_buf_puts(b, ",\n");
    indent(b, 5);
    if (m->timex == (size_t)-1) tl_buf_puts(b, "\"timex\": null,\n");
    else tl_buf_printf(b, "\"timex\": \"t%zu\",\n", m->timex + 1);
    member_str(b, 5, "tense", m->tense == TL_TENSE_UNKNOWN ? "" : tl_tense_name(m->tense), 1, 1);
    tl_buf_puts(b, "        }");
}

static void events(const tl_timeline *tl, tl_buf *b)
{
    tl_buf_puts(b, "  \"events\": [");
    for (size_t i = 0; i < tl->events.len; i++) {
        const tl_event *e = &tl->events.items[i];
        tl_buf_puts(b, i ? ",\n    {\n" : "\n    {\n");
        tl_buf_printf(b, "      \"id\": \"e%zu\",\n", e->id + 1);
        member_str(b, 3, "text", e->label, 0, 0);
        if (e->anchored) {
            tl_buf_puts(b, "      \"when\": {\n");
            member_str(b, 4, "value", e->when.value, 0, 0);
            member_str(b, 4, "start", e->when.start, 0, 0);
            member_str(b, 4, "end", e->when.end, 0, 0);
            member_str(b, 4, "granularity", tl_granularity_name(e->when.granularity), 0, 1);
            tl_buf_puts(b, "      },\n");
        } else {
            tl_buf_puts(b, "      \"when\": null,\n");
        }
        tl_buf_puts(b, "      \"mentions\": [");
        for (size_t k = 0; k < e->n_mentions; k++) {
            tl_buf_puts(b, k ? ",\n" : "\n");
            mention(tl, &e->mentions[k], b);
        }
        tl_buf_puts(b, e->n_mentions ? "\n      ]\n    }" : "]\n    }");
    }
    tl_buf_puts(b, tl->events.len ? "\n  ],\n" : "],\n");
}

static void relations(const tl_timeline *tl, tl_buf *b)
{
    tl_buf_puts(b, "  \"relations\": [");
    for (size_t i = 0; i < tl->relations.len; i++) {
        const tl_relation *r = &tl->relations.items[i];
        tl_buf_printf(b, "%s    {\"from\": \"e%zu\", \"to\": \"e%zu\", \"type\": \"%s\"}",
                      i ? ",\n" : "\n", r->from + 1, r->to + 1, tl_rel_type_name(r->type));
    }
    tl_buf_puts(b, tl->relations.len ? "\n  ]\n" : "]\n");
}

int tl_render_json(const tl_timeline *tl, tl_buf *b, tl_error *err)
{
    (void)err;
    tl_buf_puts(b, "{\n  \"version\": " SCHEMA_VERSION ",\n");
    tl_buf_puts(b, "  \"generator\": \"timeline " TL_VERSION "\",\n");
    documents(tl, b);
    timexes(tl, b);
    events(tl, b);
    relations(tl, b);
    tl_buf_puts(b, "}\n");
    return TL_OK;
}
