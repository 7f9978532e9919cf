/* The input text and its line index. Offsets in references are byte
 * offsets into the original input, so lines and columns stay true. */
#include "text.h"
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

static bool utf8_start(char c)
{
    return ((unsigned char)c & 0xC0) != 0x80;
}

/* The column at every KG_COL_STEP-th byte, so that a position is found
 * by counting at most a step. References in a footnote are repeated at
 * its marker, back on the same line: a memo of the last position made
 * one 1 MB line of footnotes count the line again for each of them. */
static int index_columns(kg_text *t)
{
    t->ncols = t->len / KG_COL_STEP + 1;
    t->cols = malloc(t->ncols * sizeof *t->cols);
    if (!t->cols)
        return -1;
    unsigned c = 1;
    for (size_t i = 0; i <= t->len; i++) {
        if (i % KG_COL_STEP == 0)
            t->cols[i / KG_COL_STEP] = c;
        if (i == t->len)
            break;
        if (t->buf[i] == '\n')
            c = 1;
        else if (i >= t->start)
            c += utf8_start(t->buf[i]);
    }
    return 0;
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
    return index_columns(t);
}

void kg_text_release(kg_text *t)
{
    free(t->buf);
    free(t->lines);
    free(t->norm);
    free(t->anchors);
    free(t->cols);
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
    size_t k = off / KG_COL_STEP;
    if (k < t->ncols && k * KG_COL_STEP >= from) {
        from = k * KG_COL_STEP;
        c = t->cols[k];
    }
    for (size_t i = from; i < off && i < t->len; i++)
        c += utf8_start(t->buf[i]);
    /* a count, not state: hence the cast */
    ((kg_text *)t)->work.bytes += off > from ? off - from : 0;
    *line = (unsigned)lo + 1;
    *col = c;
}
