/* hash.h -- the one string hash of the word tables (FNV-1a, 32 bits):
 * short keys, open addressing, built once; no need for anything stronger. */
#ifndef TL_HASH_H
#define TL_HASH_H
#include <stddef.h>
#include <stdint.h>

static inline uint32_t tl_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

#endif
