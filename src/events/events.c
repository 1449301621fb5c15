/* events.c -- the event stage: tl_events_build() runs the modules of
 * events.h in order over every document (see there for who does what). */
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

int tl_events_build(tl_timeline *tl)
{
    tl_ev_list ms = {0};
    int rc = tl_ev_extract(tl, &ms);
    for (size_t i = 0; i < ms.len && rc == 0; i++) rc = tl_ev_anchor(tl, &ms.items[i]);
    drop_undated_twins(&ms);
    for (size_t i = 0; i < ms.len && rc == 0; i++) rc = tl_ev_label(tl, &ms.items[i]);
    if (rc == 0) rc = tl_ev_merge(tl, &ms);
    if (rc == 0) rc = tl_ev_publish(tl, &ms);
    if (rc == 0) rc = tl_ev_relate(tl);
    TL_VEC_FREE(&ms);
    return rc;
}
