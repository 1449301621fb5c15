/* vec.h -- a growable array of any element type, as a few macros.
 *
 *     TL_VEC(int) v = {0};
 *     if (TL_VEC_PUSH(&v, 42) != 0) ...out of memory...
 *     free(v.items);
 *
 * Macros rather than a void* container so elements stay typed and inline. */
#ifndef TL_VEC_H
#define TL_VEC_H

#include <stdlib.h>

#define TL_VEC(T) struct { T *items; size_t len, cap; }

/* Grow v (a pointer to a TL_VEC) so one more element fits; 0 or -1. */
#define TL_VEC_RESERVE1(v) \
    ((v)->len < (v)->cap ? 0 : tl_vec_grow((void **)&(v)->items, &(v)->cap, sizeof *(v)->items))

#define TL_VEC_PUSH(v, x) \
    (TL_VEC_RESERVE1(v) == 0 ? ((v)->items[(v)->len++] = (x), 0) : -1)

#define TL_VEC_FREE(v) (free((v)->items), (v)->items = NULL, (v)->len = (v)->cap = 0)

int tl_vec_grow(void **items, size_t *cap, size_t elem_size);

#endif
