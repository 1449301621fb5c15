#include "vec.h"

#include <stdint.h>

/* Doubling keeps pushes amortised O(1); the overflow check matters because
 * the element count comes from untrusted input sizes. */
int tl_vec_grow(void **items, size_t *cap, size_t elem_size)
{
    size_t ncap = *cap ? *cap * 2 : 8;
    if (ncap < *cap || ncap > SIZE_MAX / elem_size) return -1;
    void *p = realloc(*items, ncap * elem_size);
    if (!p) return -1;
    *items = p;
    *cap = ncap;
    return 0;
}
