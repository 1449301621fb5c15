/* arena.h -- a bump allocator.  The whole model of a timeline (documents'
 * texts, timex strings, labels) lives in one arena, so tl_free() releases it
 * in one call and error paths cannot leak pieces of it. */
#ifndef TL_ARENA_H
#define TL_ARENA_H

#include <stddef.h>

typedef struct tl_arena_block tl_arena_block;
typedef struct tl_arena {
    tl_arena_block *head;
} tl_arena;

/* n bytes aligned for any type, or NULL when out of memory. */
void *tl_arena_alloc(tl_arena *a, size_t n);
/* A NUL-terminated copy of n bytes of s. */
char *tl_arena_strndup(tl_arena *a, const char *s, size_t n);
char *tl_arena_strdup(tl_arena *a, const char *s);
char *tl_arena_printf(tl_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void tl_arena_free(tl_arena *a);

#endif
