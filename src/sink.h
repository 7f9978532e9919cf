/*
 * The output layer: every writer writes into a kg_sink, one buffered,
 * error-latched stream of bytes that ends in one of three places:
 *
 *   a file     written atomically (atomic.h): a temporary file beside the
 *              target, renamed into place by kg_sink_close, or held for
 *              the batch of kg_output_hold; removed on failure or signal
 *   memory     a growing buffer the caller takes (a page of the site, a
 *              reader's text, a picture for the report, standard output
 *              that must not see half a file)
 *   a stream   an open FILE the caller owns (standard output, a pipe)
 *
 * Writes never fail on the spot: the first failure (a full disk, out of
 * memory) is kept and what follows is dropped, and kg_sink_close reports
 * it. So a writer writes straight through and asks once, at the end.
 *
 * The functions that write are inline: writers call them for every byte
 * of millions of values (the DOT and GraphML files, the site's pages).
 * Not installed; kamergraph.h has the sink for library users.
 */
#ifndef KG_SINK_H
#define KG_SINK_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "atomic.h"

/* The buffer of a file or stream sink: large enough that fwrite's own
 * cost vanishes. */
#define KG_SINK_BUFFER ((size_t)1 << 16)

/* A zeroed kg_sink is an empty memory sink. */
typedef enum { KG_SINK_MEMORY, KG_SINK_FILE, KG_SINK_STREAM } kg_sink_kind;

struct kg_sink {
    char *buf;          /* memory: what was written so far (one byte more
                           than cap is allocated, for a closing NUL) */
    size_t n, cap;
    int error;          /* errno of the first failure; later output is
                           dropped */
    kg_sink_kind to;
    bool own_buf;       /* buf is the sink's to free */
    bool closed;
    FILE *fp;           /* file, stream: where a full buffer goes */
    kg_atomic file;     /* file: its temporary file and target */
};

/* A full buffer (file, stream: written out; memory: grown), then the n
 * bytes at p. */
void kg_sink_spill(kg_sink *s, const char *p, size_t n);

static inline void kg_out_bytes(kg_sink *s, const char *p, size_t n)
{
    if (n == 0)     /* an empty memory sink has no buffer: memcpy may not be given NULL */
        return;
    if (n <= s->cap - s->n) {
        memcpy(s->buf + s->n, p, n);
        s->n += n;
    } else {
        kg_sink_spill(s, p, n);
    }
}

static inline void kg_out_str(kg_sink *s, const char *str)
{
    kg_out_bytes(s, str, strlen(str));
}

static inline void kg_out_char(kg_sink *s, char c)
{
    if (s->n < s->cap)
        s->buf[s->n++] = c;
    else
        kg_sink_spill(s, &c, 1);
}

/* n in decimal. */
void kg_out_size(kg_sink *s, size_t n);
/* As printf does. */
void kg_out_printf(kg_sink *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Sinks that live where the caller puts them (on the stack, in a struct):
 * a stream sink over `buf` (nothing allocated), or an empty memory sink.
 * Finish with kg_sink_finish (a stream: flushed) and kg_sink_release. */
void kg_sink_init_stream(kg_sink *s, FILE *fp, char *buf, size_t cap);
void kg_sink_init_memory(kg_sink *s);
/* Hands what a file or stream sink holds on to its FILE; returns the
 * errno of the first failure, or 0. */
int kg_sink_flush(kg_sink *s);
/* The same, and a stream's FILE flushed too (a file's is finished by
 * kg_sink_close). */
int kg_sink_finish(kg_sink *s);
void kg_sink_release(kg_sink *s);

/* Drops the bytes of `set` from the end of a memory sink ("trailing
 * spaces"). */
void kg_out_trim(kg_sink *s, const char *set);
/* The last byte of a memory sink, or '\0' when it is empty. */
static inline char kg_out_last(const kg_sink *s)
{
    return s->n ? s->buf[s->n - 1] : '\0';
}

/* A memory sink: its bytes, NUL-terminated (the NUL not counted). */
const char *kg_sink_cstr(kg_sink *s);
/* A memory sink: empty again, its buffer kept. */
void kg_sink_reset(kg_sink *s);
/* A memory sink: its buffer, malloc'd and NUL-terminated, now the
 * caller's (NULL after a failure or when nothing was written), its length
 * in *len unless len is NULL; the sink is empty again. */
char *kg_sink_take(kg_sink *s, size_t *len);

/* A file sink: the temporary file that becomes the target (for writers
 * that hand a path to a library, SQLite), or NULL for another sink. */
const char *kg_sink_file_path(const kg_sink *s);
/* What the sink writes to, for messages: the target path, or "memory",
 * "stream". */
const char *kg_sink_target(const kg_sink *s);

#endif
