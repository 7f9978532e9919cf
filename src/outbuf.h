/*
 * A write buffer in front of a FILE, for the writers that stream millions
 * of short pieces (DOT, GraphML): one fwrite per buffer-full instead of a
 * locked stdio call per piece, which was half the cost of writing a large
 * graph. Errors stay with the FILE (ferror), where kg_atomic_commit looks.
 * Not installed.
 */
#ifndef KG_OUTBUF_H
#define KG_OUTBUF_H

#include <stdio.h>
#include <string.h>

/* A good size for a writer's buffer: large enough that fwrite's own
 * cost vanishes. */
#define KG_OUTBUF_SIZE ((size_t)1 << 16)

typedef struct {
    FILE *fp;
    char *buf;
    size_t n, cap;
    int error; /* errno of the first failed write; later output is dropped */
} kg_outbuf;

/* buf[cap] is the caller's (cap > 0); nothing is allocated. */
static inline kg_outbuf kg_out_init(FILE *fp, char *buf, size_t cap)
{
    return (kg_outbuf){fp, buf, 0, cap, 0};
}

/* Hand what is buffered to the FILE. Call before the FILE is closed.
 * The errno of a failed write is kept here: by the time the file is
 * closed, stdio has nothing left to retry and the reason ("File too
 * large", "No space left on device") would be lost. */
void kg_out_write(kg_outbuf *o, const char *s, size_t n);

static inline void kg_out_flush(kg_outbuf *o)
{
    if (o->n)
        kg_out_write(o, o->buf, o->n);
    o->n = 0;
}

static inline void kg_out_bytes(kg_outbuf *o, const char *s, size_t n)
{
    if (n > o->cap - o->n) {
        kg_out_flush(o);
        if (n >= o->cap) {
            kg_out_write(o, s, n);
            return;
        }
    }
    memcpy(o->buf + o->n, s, n);
    o->n += n;
}

static inline void kg_out_str(kg_outbuf *o, const char *s)
{
    kg_out_bytes(o, s, strlen(s));
}

static inline void kg_out_char(kg_outbuf *o, char c)
{
    if (o->n == o->cap)
        kg_out_flush(o);
    o->buf[o->n++] = c;
}

/* n in decimal. */
void kg_out_size(kg_outbuf *o, size_t n);

#endif
