/* The input text and its line index. Offsets in references are byte
 * offsets into the original input, so lines and columns stay true. */
#include "internal.h"
#include <stdlib.h>
#include <string.h>

int kg_text_init(kg_text *t, const char *buf, size_t len)
{
    char *copy = malloc(len + 1);
    if (!copy)
        return -1;
    memcpy(copy, buf, len);
    copy[len] = '\0';
    return kg_text_adopt(t, copy, len);
}

int kg_text_adopt(kg_text *t, char *buf, size_t len)
{
    memset(t, 0, sizeof *t);
    t->buf = buf;
    t->len = len;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
        t->start = 3;

    size_t n = 1;
    for (size_t i = 0; i < len; i++)
        n += buf[i] == '\n';
    t->lines = malloc(n * sizeof *t->lines);
    if (!t->lines)
        return -1;                      /* kg_text_release frees buf */
    t->lines[0] = 0;
    t->nlines = 1;
    for (size_t i = 0; i < len; i++)
        if (buf[i] == '\n')
            t->lines[t->nlines++] = i + 1;
    return 0;
}

void kg_text_release(kg_text *t)
{
    free(t->buf);
    free(t->lines);
    free(t->norm);
    free(t->anchors);
    memset(t, 0, sizeof *t);
}

void kg_text_position(const kg_text *t, size_t off, unsigned *line,
                      unsigned *col)
{
    size_t lo = 0, hi = t->nlines;
    while (hi - lo > 1) {               /* last line start <= off */
        size_t mid = lo + (hi - lo) / 2;
        if (t->lines[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    size_t from = lo == 0 ? t->start : t->lines[lo];
    unsigned c = 1;
    /* References come in order: go on from the last one on this line, or
     * a 100 MB line with a million references takes hours. (A memo, not
     * state: hence the cast.) */
    kg_text *memo = (kg_text *)t;
    if (memo->memo_line == lo + 1 && memo->memo_off <= off && memo->memo_off >= from) {
        from = memo->memo_off;
        c = memo->memo_col;
    }
    for (size_t i = from; i < off && i < t->len; i++)
        c += ((unsigned char)t->buf[i] & 0xC0) != 0x80;  /* UTF-8 starts */
    memo->memo_line = lo + 1;
    memo->memo_off = off;
    memo->memo_col = c;
    *line = (unsigned)lo + 1;
    *col = c;
}
