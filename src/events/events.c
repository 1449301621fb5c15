/* events.c -- the event stage: tl_events_build() runs the modules of
 * events.h in order over every document (see there for who does what). */
#include <stdlib.h>

#include "events.h"
#include "../model/stages.h"

/* An undated mention adds nothing where its sentence is on the timeline
 * already ("in the near future" beside "Friday's meeting"). */
static void drop_undated_twins(tl_ev_list *ms)
{
    size_t kept = 0;
    for (size_t i = 0; i < ms->len; i++) {
        const tl_ev_mention *m = &ms->items[i];
        int twin = 0;
        for (size_t k = i; !m->anchored && k-- > 0 && ms->items[k].doc == m->doc &&
                           ms->items[k].sentence == m->sentence;)
            twin |= ms->items[k].anchored;
        for (size_t k = i + 1; !m->anchored && k < ms->len && ms->items[k].doc == m->doc &&
                               ms->items[k].sentence == m->sentence; k++)
            twin |= ms->items[k].anchored;
        if (!twin) ms->items[kept++] = *m;
    }
    ms->len = kept;
}

/* The stage's view of every document, word classes not yet looked up. */
static int ctx_init(tl_ev_ctx *cx, tl_timeline *tl)
{
    cx->tl = tl;
    cx->docs = calloc(tl->docs.len + 1, sizeof *cx->docs);
    if (!cx->docs) return -1;
    for (size_t i = 0; i < tl->docs.len; i++) {
        const tl_doc *d = tl->docs.items[i];
        cx->docs[i].d = d;
        cx->docs[i].memo = &cx->memo;
        cx->docs[i].cls = calloc(d->tokens.len + 1, sizeof *cx->docs[i].cls);
        if (!cx->docs[i].cls) return -1;
    }
    return 0;
}

static void ctx_free(tl_ev_ctx *cx)
{
    for (size_t i = 0; cx->docs && i < cx->tl->docs.len; i++) free(cx->docs[i].cls);
    free(cx->docs);
    tl_ev_memo_free(&cx->memo);
}

int tl_events_build(tl_timeline *tl)
{
    tl_ev_list ms = {0};
    tl_ev_ctx cx = {0};
    int rc = ctx_init(&cx, tl);
    if (rc == 0) rc = tl_ev_extract(&cx, &ms);
    for (size_t i = 0; i < ms.len && rc == 0; i++) rc = tl_ev_anchor(tl, &ms.items[i]);
    drop_undated_twins(&ms);
    for (size_t i = 0; i < ms.len && rc == 0; i++) rc = tl_ev_label(&cx, &ms.items[i]);
    if (rc == 0) rc = tl_ev_merge(&cx, &ms);
    if (rc == 0) rc = tl_ev_publish(tl, &ms);
    if (rc == 0) rc = tl_ev_relate(tl);
    TL_VEC_FREE(&ms);
    ctx_free(&cx);
    return rc;
}
