/* timeml.c -- one document as TimeML 1.2.1: <TIMEX3> and <EVENT> tags in its
 * text, then a <MAKEINSTANCE> per event mention and the <TLINK>s.
 *
 * TimeML input keeps every byte outside <TEXT> as it was; the text inside is
 * the parsed character content, XML-escaped, so te3score sees the same
 * characters, and the instances and links go just before </TimeML>.  Other
 * input becomes a new minimal TimeML document.
 *
 * What is written is what the model holds, nothing more:
 *   - an EVENT per trigger word of an event mention in this document; class
 *     REPORTING for a report verb ("said"), else OCCURRENCE.  Two mentions
 *     on one word (two events told by one verb) share the EVENT and get a
 *     MAKEINSTANCE each, as TimeML means instances;
 *   - MAKEINSTANCE: pos VERB or NOUN from the trigger's kind; tense as the
 *     model reads the event word (PAST, PRESENT, FUTURE -- "would resume"
 *     seen from a past saying is FUTURE -- else NONE); the model keeps no
 *     aspect or polarity, so TimeML's defaults NONE and POS;
 *   - a TLINK from each instance to its anchoring timex: SIMULTANEOUS for a
 *     clock time (hour or finer: "at 7 p.m."), IS_INCLUDED for anything
 *     coarser (a part of the day, a day, a month...), as the model places
 *     the event inside the timex's interval;
 *   - IDENTITY between instances of one event (mentions the model merged);
 *   - a TLINK per relation of the model whose two events both have an
 *     instance here (their first), with the same relType; OVERLAP (partial
 *     overlap) has no TimeML 1.2.1 relType and is left out.
 * IDs: tids are the model's ("t<id+1>"); eid, eiid and lid are numbered per
 * document in text order, after any such IDs already outside <TEXT>. */
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "../events/events.h"  /* tl_trigger_lookup: what kind of word a trigger is */
#include "../time/calendar.h"  /* tl_value_interval: a timex's granularity */
#include "../util/error.h"

#define NONE ((size_t)-1)

/* An event mention written as an EVENT and a MAKEINSTANCE. */
typedef struct {
    size_t start, end; /* the trigger word */
    size_t event;      /* index in tl->events */
    size_t timex;      /* the anchoring timex's id, or NONE */
    tl_trigger_kind kind;
    tl_tense tense;
    size_t eid;        /* number of its EVENT (instances of one word share it) */
} instance;

/* Everything tagged in one document. */
typedef struct {
    const tl_timeline *tl;
    const tl_doc *d;
    size_t di;
    unsigned char *timex_written; /* per timex of the document */
    instance *inst;               /* in text order; eiid = index + first_ei */
    size_t n_inst;
    size_t *first_inst;           /* per event: its first instance here, or NONE */
    size_t first_e, first_ei, first_l; /* numbers before ours (TimeML input) */
} tagging;

/* ---- what is tagged -------------------------------------------------- */

/* Timexes nested in or crossing an earlier one are not written. */
static void mark_timexes(tagging *g)
{
    const tl_doc *d = g->d;
    size_t pos = 0;
    for (size_t k = 0; k < d->timex_count; k++) {
        const tl_timex *t = &g->tl->timexes.items[d->timex_first + k];
        g->timex_written[k] = t->start >= pos && t->end <= d->pub.text_len;
        if (g->timex_written[k]) pos = t->end;
    }
}

static int timex_written(const tagging *g, size_t id)
{
    return id != NONE && id >= g->d->timex_first && id - g->d->timex_first < g->d->timex_count &&
           g->timex_written[id - g->d->timex_first];
}

static int overlaps_timex(const tagging *g, size_t start, size_t end)
{
    for (size_t k = 0; k < g->d->timex_count; k++) {
        const tl_timex *t = &g->tl->timexes.items[g->d->timex_first + k];
        if (g->timex_written[k] && t->start < end && start < t->end) return 1;
    }
    return 0;
}

/* Can mention m be tagged?  Its span must be one trigger word: a mention
 * without a trigger spans its whole clause, which is no event word.  Tags
 * never nest or cross, so a mention overlapping a written timex is left out
 * (the stage picks no word of a timex's tokens as trigger, but the model
 * does not promise it, and such a clause span holds its timex). */
static tl_trigger_kind taggable(const tagging *g, const tl_mention *m)
{
    const char *lemma;
    if (m->doc != g->di || m->start >= m->end || m->end > g->d->pub.text_len) return TL_TRIG_NONE;
    if (overlaps_timex(g, m->start, m->end)) return TL_TRIG_NONE;
    return tl_trigger_lookup(g->d->pub.text + m->start, m->end - m->start, &lemma);
}

static int by_position(const void *x, const void *y)
{
    const instance *a = x, *b = y;
    if (a->start != b->start) return a->start < b->start ? -1 : 1;
    if (a->end != b->end) return a->end < b->end ? -1 : 1;
    return a->event < b->event ? -1 : a->event > b->event;
}

/* Number the EVENTs in text order; an instance on the very word of the one
 * before shares its EVENT; one crossing it (not on token boundaries) is
 * dropped, as tags never cross. */
static void number_events(tagging *g)
{
    size_t kept = 0, eid = 0;
    for (size_t i = 0; i < g->n_inst; i++) {
        instance *in = &g->inst[i];
        const instance *prev = kept ? &g->inst[kept - 1] : NULL;
        if (prev && prev->start == in->start && prev->end == in->end) {
            in->eid = prev->eid;
        } else if (prev && in->start < prev->end) {
            continue;
        } else {
            in->eid = ++eid;
        }
        g->inst[kept++] = *in;
    }
    g->n_inst = kept;
}

static int collect_instances(tagging *g)
{
    const tl_timeline *tl = g->tl;
    size_t cap = 0;
    for (size_t e = 0; e < tl->events.len; e++) cap += tl->events.items[e].n_mentions;
    g->inst = malloc((cap + 1) * sizeof *g->inst);
    g->first_inst = malloc((tl->events.len + 1) * sizeof *g->first_inst);
    if (!g->inst || !g->first_inst) return -1;
    for (size_t e = 0; e < tl->events.len; e++) {
        const tl_event *ev = &tl->events.items[e];
        g->first_inst[e] = NONE;
        for (size_t k = 0; k < ev->n_mentions; k++) {
            const tl_mention *m = &ev->mentions[k];
            tl_trigger_kind kind = taggable(g, m);
            if (kind != TL_TRIG_NONE)
                g->inst[g->n_inst++] = (instance){m->start, m->end, e, m->timex, kind, m->tense, 0};
        }
    }
    qsort(g->inst, g->n_inst, sizeof *g->inst, by_position);
    number_events(g);
    for (size_t i = 0; i < g->n_inst; i++)
        if (g->first_inst[g->inst[i].event] == NONE) g->first_inst[g->inst[i].event] = i;
    return 0;
}

/* The highest N of an attribute value "<prefix>N" in s[0, n), 0 if none:
 * TimeML input may already hold instances and links outside <TEXT> (a gold
 * file read back); ours are numbered after them so no ID is used twice. */
static size_t highest_id(const char *s, size_t n, const char *prefix)
{
    size_t best = 0, lp = strlen(prefix);
    for (size_t i = 0; i + 2 + lp < n; i++) {
        if (s[i] != '=' || s[i + 1] != '"' || memcmp(s + i + 2, prefix, lp) != 0) continue;
        size_t v = 0, j = i + 2 + lp;
        if (s[j] < '0' || s[j] > '9') continue;
        for (; j < n && s[j] >= '0' && s[j] <= '9' && v < NONE / 16; j++) v = v * 10 + (size_t)(s[j] - '0');
        if (v > best) best = v;
    }
    return best;
}

static size_t highest_outside_text(const tl_doc *d, const char *prefix)
{
    size_t a = highest_id(d->raw, d->text_open, prefix);
    size_t b = highest_id(d->raw + d->text_close, d->raw_len - d->text_close, prefix);
    return a > b ? a : b;
}

static int tagging_init(tagging *g, const tl_timeline *tl, size_t di)
{
    *g = (tagging){.tl = tl, .d = tl->docs.items[di], .di = di};
    if (g->d->pub.format == TL_IN_TIMEML && g->d->has_text_element) {
        g->first_e = highest_outside_text(g->d, "e");
        g->first_ei = highest_outside_text(g->d, "ei");
        g->first_l = highest_outside_text(g->d, "l");
    }
    g->timex_written = malloc(g->d->timex_count + 1);
    if (!g->timex_written) return -1;
    mark_timexes(g);
    return collect_instances(g);
}

static void tagging_free(tagging *g)
{
    free(g->timex_written);
    free(g->inst);
    free(g->first_inst);
}

/* ---- the text ---------------------------------------------------------- */

static void write_timex(const tagging *g, const tl_timex *t, tl_buf *b)
{
    tl_buf_printf(b, "<TIMEX3 tid=\"t%zu\" type=\"%s\" value=\"", t->id + 1, tl_timex_type_name(t->type));
    tl_buf_xml_escape(b, t->value, strlen(t->value), 1);
    tl_buf_putc(b, '"');
    if (t->mod[0]) tl_buf_printf(b, " mod=\"%s\"", t->mod);
    if (t->freq && t->freq[0]) tl_buf_printf(b, " freq=\"%s\"", t->freq);
    if (t->quant && t->quant[0]) tl_buf_printf(b, " quant=\"%s\"", t->quant);
    tl_buf_putc(b, '>');
    tl_buf_xml_escape(b, g->d->pub.text + t->start, t->end - t->start, 0);
    tl_buf_puts(b, "</TIMEX3>");
}

static void write_event(const tagging *g, const instance *in, tl_buf *b)
{
    tl_buf_printf(b, "<EVENT eid=\"e%zu\" class=\"%s\">", g->first_e + in->eid,
                  in->kind == TL_TRIG_REPORT ? "REPORTING" : "OCCURRENCE");
    tl_buf_xml_escape(b, g->d->pub.text + in->start, in->end - in->start, 0);
    tl_buf_puts(b, "</EVENT>");
}

/* The text with its tags, timexes and EVENTs merged in text order (they
 * never overlap: see taggable()). */
static void write_tagged_text(const tagging *g, tl_buf *b)
{
    const tl_doc *d = g->d;
    size_t pos = 0, k = 0, i = 0;
    for (;;) {
        while (k < d->timex_count && !g->timex_written[k]) k++;
        while (i < g->n_inst && i > 0 && g->inst[i].eid == g->inst[i - 1].eid) i++;
        const tl_timex *t = k < d->timex_count ? &g->tl->timexes.items[d->timex_first + k] : NULL;
        const instance *in = i < g->n_inst ? &g->inst[i] : NULL;
        if (!t && !in) break;
        size_t start = t && (!in || t->start < in->start) ? t->start : in->start;
        tl_buf_xml_escape(b, d->pub.text + pos, start - pos, 0);
        if (t && start == t->start) {
            write_timex(g, t, b);
            pos = t->end;
            k++;
        } else {
            write_event(g, in, b);
            pos = in->end;
            i++;
        }
    }
    tl_buf_xml_escape(b, d->pub.text + pos, d->pub.text_len - pos, 0);
}

/* ---- instances and links ----------------------------------------------- */

static const char *rel_name(tl_rel_type t)
{
    switch (t) {
    case TL_REL_BEFORE: return "BEFORE";
    case TL_REL_AFTER: return "AFTER";
    case TL_REL_INCLUDES: return "INCLUDES";
    case TL_REL_IS_INCLUDED: return "IS_INCLUDED";
    case TL_REL_SIMULTANEOUS: return "SIMULTANEOUS";
    case TL_REL_OVERLAP: break; /* no TimeML 1.2.1 relType says only "they overlap" */
    }
    return NULL;
}

/* An event inside a clock time is at it; inside anything coarser, in it. */
static const char *anchor_rel(const tl_timex *t)
{
    char start[32], end[32];
    tl_granularity gran;
    if (t->value && tl_value_interval(t->value, start, end, &gran) == 0 && gran >= TL_GRAN_HOUR)
        return "SIMULTANEOUS";
    return "IS_INCLUDED";
}

static void write_instances(const tagging *g, tl_buf *b)
{
    for (size_t i = 0; i < g->n_inst; i++)
        tl_buf_printf(b,
                      "<MAKEINSTANCE eiid=\"ei%zu\" eventID=\"e%zu\" tense=\"%s\" aspect=\"NONE\" "
                      "polarity=\"POS\" pos=\"%s\" />\n",
                      g->first_ei + i + 1, g->first_e + g->inst[i].eid, tl_tense_name(g->inst[i].tense),
                      g->inst[i].kind == TL_TRIG_NOUN ? "NOUN" : "VERB");
}

/* One TLINK from instance i to instance j, or to timex id when j is NONE. */
static void write_link(const tagging *g, size_t *lid, const char *rel, size_t i, size_t j, size_t tid,
                       tl_buf *b)
{
    tl_buf_printf(b, "<TLINK lid=\"l%zu\" relType=\"%s\" eventInstanceID=\"ei%zu\" ", g->first_l + ++*lid, rel,
                  g->first_ei + i + 1);
    if (j != NONE) tl_buf_printf(b, "relatedToEventInstance=\"ei%zu\" />\n", g->first_ei + j + 1);
    else tl_buf_printf(b, "relatedToTime=\"t%zu\" />\n", tid + 1);
}

static void write_links(const tagging *g, tl_buf *b)
{
    size_t lid = 0;
    for (size_t i = 0; i < g->n_inst; i++) {
        size_t id = g->inst[i].timex;
        if (timex_written(g, id)) write_link(g, &lid, anchor_rel(&g->tl->timexes.items[id]), i, NONE, id, b);
    }
    for (size_t i = 0; i < g->n_inst; i++) {
        size_t first = g->first_inst[g->inst[i].event];
        if (first != i) write_link(g, &lid, "IDENTITY", i, first, 0, b);
    }
    for (size_t r = 0; r < g->tl->relations.len; r++) {
        const tl_relation *rel = &g->tl->relations.items[r];
        if (rel->from >= g->tl->events.len || rel->to >= g->tl->events.len) continue;
        size_t i = g->first_inst[rel->from], j = g->first_inst[rel->to];
        if (i != NONE && j != NONE && rel_name(rel->type)) write_link(g, &lid, rel_name(rel->type), i, j, 0, b);
    }
}

/* ---- the document -------------------------------------------------------- */

/* Where TimeML input's instances and links go: before the root's end tag,
 * the last "</TimeML" (only comments and space may follow the root); else
 * (a prefixed root) right after </TEXT>, still inside the root. */
static size_t links_offset(const tl_doc *d)
{
    static const char tag[] = "</TimeML";
    size_t n = sizeof tag - 1;
    for (size_t i = d->raw_len; i-- > d->text_close;)
        if (d->raw_len - i >= n && memcmp(d->raw + i, tag, n) == 0) return i;
    return d->text_close + strlen("</TEXT>");
}

static void write_new_document(const tagging *g, tl_buf *b)
{
    const tl_doc *d = g->d;
    tl_buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>");
    tl_buf_xml_escape(b, d->pub.id, strlen(d->pub.id), 0);
    tl_buf_puts(b, "</DOCID>\n");
    if (d->pub.dct[0]) {
        tl_buf_printf(b, "<DCT><TIMEX3 tid=\"t0\" type=\"%s\" value=\"%s\" "
                         "functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n",
                      strchr(d->pub.dct, 'T') ? "TIME" : "DATE", d->pub.dct, d->pub.dct);
    }
    tl_buf_puts(b, "<TEXT>");
    write_tagged_text(g, b);
    tl_buf_puts(b, "</TEXT>\n");
    write_instances(g, b);
    write_links(g, b);
    tl_buf_puts(b, "</TimeML>\n");
}

int tl_render_timeml_doc(const tl_timeline *tl, size_t di, tl_buf *b, tl_error *err)
{
    tagging g;
    if (tagging_init(&g, tl, di) != 0) {
        tagging_free(&g);
        return tl_fail(err, TL_EINPUT, "render: out of memory");
    }
    const tl_doc *d = g.d;
    if (d->pub.format == TL_IN_TIMEML && d->has_text_element) {
        size_t at = links_offset(d);
        tl_buf_append(b, d->raw, d->text_open);
        write_tagged_text(&g, b);
        tl_buf_append(b, d->raw + d->text_close, at - d->text_close);
        write_instances(&g, b);
        write_links(&g, b);
        tl_buf_append(b, d->raw + at, d->raw_len - at);
    } else {
        write_new_document(&g, b);
    }
    tagging_free(&g);
    return TL_OK;
}
