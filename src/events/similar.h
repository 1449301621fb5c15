/* similar.h -- how alike two event mentions are (similar.c), for merge.c. */
#ifndef TL_EV_SIMILAR_H
#define TL_EV_SIMILAR_H

#include "events.h"

#define TL_EV_MAX_FEATURES 48
/* Less shared weight than this is chance (one name, or a class and a word). */
#define TL_EV_MIN_SHARED 3

typedef struct {
    uint32_t hash[TL_EV_MAX_FEATURES]; /* sorted */
    uint8_t weight[TL_EV_MAX_FEATURES];
    size_t n;
    unsigned total;
    uint32_t lemma;           /* the trigger class's feature, or 0 */
    uint32_t subject, object; /* name keys around the trigger, or 0 */
} tl_ev_features;

/* "Ukrainian president" -> "Zelenskiy", as keys; order keeps the first seen. */
typedef struct {
    uint32_t key, name;
    size_t order;
} tl_ev_alias;
typedef TL_VEC(tl_ev_alias) tl_ev_alias_table;

/* Every "<Adjective> <Title> <Name>" of the documents, sorted by key. */
int tl_ev_aliases(const tl_ev_ctx *cx, tl_ev_alias_table *out);
void tl_ev_describe(const tl_ev_ctx *cx, const tl_ev_alias_table *al, const tl_ev_mention *m,
                    tl_ev_features *f);
/* The larger of each side's shared weight over its total, 0..1; 0 when
 * subjects or objects clash. */
double tl_ev_similarity(const tl_ev_features *a, const tl_ev_features *b);
/* Do both name the same two people (subject and object, either way round)? */
int tl_ev_same_roles(const tl_ev_features *a, const tl_ev_features *b);

#endif
