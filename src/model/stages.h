/* stages.h -- the pipeline, in the order tl_run() calls it.  Each stage reads
 * what the earlier ones put in the model and adds its own part. */
#ifndef TL_STAGES_H
#define TL_STAGES_H

#include "model.h"

/* text/: tokens and sentences of one document. */
int tl_segment(tl_timeline *tl, tl_doc *doc);

/* time/: recognise and normalise the document's temporal expressions,
 * appending them to tl->timexes in text order and setting
 * doc->timex_first/timex_count. */
int tl_time_tag(tl_timeline *tl, size_t doc_index);

/* events/: events from every document, anchored to timexes, merged across
 * documents, ordered, and related (tl->events, tl->relations). */
int tl_events_build(tl_timeline *tl);

#endif
