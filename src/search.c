/* The binary search of the indexes that the model and the resolver build
 * once, so that a lookup per reference does not walk a whole list. */
#include "arena.h"

size_t kg_lower_bound(const void *base, size_t n, size_t size,
                      bool (*before)(const void *entry, const void *key),
                      const void *key, size_t *looked)
{
    const char *p = base;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        (*looked)++;
        if (before(p + mid * size, key))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
