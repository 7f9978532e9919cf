/* The citation parser: canonical ids (REFERENCE-FORMATS.md section 1) from
 * the fields the scanner found. Knows how ids are spelled, not how
 * citations look: that is scan.re's job. */
#include "cite.h"
#include "id.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Digits only: "31 490", "31.490" -> "31490". */
static char *digits_of(kg_arena *a, const char *text, kg_span s)
{
    char *out = kg_arena_alloc(a, s.len + 1);
    size_t n = 0;
    for (size_t i = 0; i < s.len; i++)
        if (text[s.off + i] >= '0' && text[s.off + i] <= '9')
            out[n++] = text[s.off + i];
    out[n] = '\0';
    return out;
}

static char *upper_of(kg_arena *a, const char *text, kg_span s)
{
    char *out = kg_arena_strndup(a, text + s.off, s.len);
    for (char *p = out; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
    return out;
}

static const char *ondernummer(kg_arena *a, const char *text, const kg_cite *c)
{
    return kg_arena_strndup(a, text + c->nr.off, c->nr.len);
}

static unsigned long number_of(const char *text, kg_span v)
{
    unsigned long n = 0;
    for (size_t i = 0; i < v.len; i++) {
        if (i == 9 || text[v.off + i] < '0' || text[v.off + i] > '9')
            return 0;
        n = n * 10 + (unsigned long)(text[v.off + i] - '0');
    }
    return n;
}

size_t kg_cite_range(kg_arena *a, const char *text, const kg_cite *c,
                     kg_cite_ids *out, size_t max)
{
    unsigned long from = number_of(text, c->nr), to = number_of(text, c->nr_to);
    if (!c->nr_to.len || from == 0 || to <= from || to - from > max)
        return 0;
    size_t n = 0;
    for (unsigned long k = from + 1; k <= to; k++, n++) {
        kg_cite_canonical(a, text, c, &out[n]);
        const kg_ref_parts *p = &out[n].parts;
        out[n].parts.ondernummer = kg_arena_printf(a, "%lu", k);
        kg_id id = {.kind = KG_ID_KAMERSTUK, .dossier = kg_idpart_of(p->dossier),
                    .toevoeging = kg_idpart_of(p->toevoeging),
                    .number = kg_idpart_of(p->ondernummer)};
        out[n].id = kg_id_format(a, &id);
        out[n].label = out[n].id ? kg_id_label(out[n].id) : NULL;
    }
    return n;
}

static const char *kamer_label(const char *k)
{
    return strcmp(k, "ek") == 0 ? "EK" : strcmp(k, "vv") == 0 ? "VV" : "TK";
}

static const char *vergaderjaar(kg_arena *a, const char *vj)
{
    return vj[0] ? kg_arena_printf(a, "%.4s-%.4s", vj, vj + 4) : NULL;
}

static void canonical_handelingen(kg_arena *a, const char *text,
                                  const kg_cite *c, bool plenary, kg_cite_ids *out)
{
    const char *nr = ondernummer(a, text, c);
    out->parts.kamer = kg_arena_strndup(a, c->kamer, strlen(c->kamer));
    out->parts.vergaderjaar = vergaderjaar(a, c->vj);
    out->parts.ondernummer = nr;
    kg_id id = {.kind = plenary ? KG_ID_HANDELINGEN : KG_ID_AANHANGSEL,
                .kamer = kg_idpart_of(c->kamer), .year = kg_idpart_of(c->vj),
                .number = kg_idpart_of(nr)};
    out->id = kg_id_format(a, &id);
    out->label = kg_arena_printf(a, "%s %s %s, nr. %s",
                                 plenary ? "Handelingen" : "Aanhangsel",
                                 kamer_label(c->kamer), out->parts.vergaderjaar, nr);
    out->suspect = c->slip;
}

/* Staatsblad and Staatscourant: year and number. */
static void canonical_publication(kg_arena *a, const char *text,
                                  const kg_cite *c, kg_cite_ids *out)
{
    bool stb = c->kind == KG_CITE_STB;
    out->parts.year = kg_arena_strndup(a, c->vj, strlen(c->vj));
    out->parts.ondernummer = ondernummer(a, text, c);
    kg_id id = {.kind = stb ? KG_ID_STB : KG_ID_STCRT, .year = kg_idpart_of(out->parts.year),
                .number = kg_idpart_of(out->parts.ondernummer)};
    out->id = kg_id_format(a, &id);
    out->label = kg_arena_printf(a, "%s %s, %s", stb ? "Stb." : "Stcrt.",
                                 out->parts.year, out->parts.ondernummer);
}

static const char *dossier_id(kg_arena *a, const char *text, kg_span dossier,
                              kg_span toev, const char **digits,
                              const char **upper)
{
    *digits = digits_of(a, text, dossier);
    *upper = toev.len ? upper_of(a, text, toev) : NULL;
    kg_id id = {.kind = KG_ID_DOSSIER, .dossier = kg_idpart_of(*digits),
                .toevoeging = kg_idpart_of(*upper)};
    return kg_id_format(a, &id);
}

static void canonical_kamerstuk(kg_arena *a, const char *text,
                                const kg_cite *c, kg_cite_ids *out)
{
    kg_ref_parts *p = &out->parts;
    p->dossier_id = dossier_id(a, text, c->dossier, c->toev, &p->dossier,
                               &p->toevoeging);
    if (c->dossier2.len) {
        const char *d2, *t2;
        p->joint_dossier_id = dossier_id(a, text, c->dossier2, c->toev2, &d2, &t2);
    }
    p->kamer = c->kamer[0] ? kg_arena_strndup(a, c->kamer, strlen(c->kamer)) : NULL;
    p->vergaderjaar = vergaderjaar(a, c->vj);
    /* Dossier numbers have at most five digits and no leading zero: a
     * sixth digit or a zero is a typo in the source, reported as written. */
    out->suspect = strlen(p->dossier) > 5 || p->dossier[0] == '0' || c->slip;
    if (c->kind == KG_CITE_DOSSIER) {
        out->id = p->dossier_id;
        out->label = p->dossier_id ? kg_id_label(p->dossier_id) : NULL;
        return;
    }
    p->ondernummer = ondernummer(a, text, c);
    kg_id id = {.kind = KG_ID_KAMERSTUK, .dossier = kg_idpart_of(p->dossier),
                .toevoeging = kg_idpart_of(p->toevoeging),
                .number = kg_idpart_of(p->ondernummer)};
    out->id = kg_id_format(a, &id);
    out->label = out->id ? kg_id_label(out->id) : NULL;
}

void kg_cite_canonical(kg_arena *a, const char *text, const kg_cite *c,
                       kg_cite_ids *out)
{
    memset(out, 0, sizeof *out);
    int of = c->kind == KG_CITE_FOOTER || c->kind == KG_CITE_HEAD ? c->of : (int)c->kind;
    if (c->kind == KG_CITE_FOOTER && !c->nr.len)
        return;                         /* "..., Aanhangsel 3": no number */
    switch (of) {
    case KG_CITE_HANDELINGEN:
    case KG_CITE_AANHANGSEL:
        canonical_handelingen(a, text, c, of == KG_CITE_HANDELINGEN, out);
        break;
    case KG_CITE_STB:
    case KG_CITE_STCRT:
        canonical_publication(a, text, c, out);
        break;
    case KG_CITE_ECLI:
        out->id = kg_arena_strndup(a, text + c->start, c->end - c->start);
        out->label = out->id;
        break;
    default:
        canonical_kamerstuk(a, text, c, out);
        break;
    }
}

/* Lower-case ASCII and the Latin-1 / Latin Extended-A capitals that Dutch
 * names use (Ö, É, Ş...). */
static void lower_utf8(char *s)
{
    unsigned char *p = (unsigned char *)s;
    while (*p) {
        if (*p >= 'A' && *p <= 'Z') {
            *p += 'a' - 'A';
        } else if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97) {
            p[1] += 0x20;
            p++;
        } else if ((*p == 0xC4 || *p == 0xC5) && p[1]) {
            unsigned cp = ((*p & 0x1Fu) << 6) | (p[1] & 0x3Fu);
            /* In U+0100..U+017F capitals are even, except in the
             * U+0139..U+0148 and U+0179..U+017E runs where they are odd. */
            int odd_run = (cp >= 0x139 && cp <= 0x148) ||
                          (cp >= 0x179 && cp <= 0x17E);
            if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x138 &&
                cp != 0x149 && (cp % 2 == (odd_run ? 1u : 0u))) {
                cp++;
                p[0] = (unsigned char)(0xC0 | (cp >> 6));
                p[1] = (unsigned char)(0x80 | (cp & 0x3F));
            }
            p++;
        }
        p++;
    }
}

/* A name as written, on one line: a PDF may break it ("Van der" / "Plas"). */
static char *one_line(kg_arena *a, const char *text, kg_span name)
{
    char *s = kg_arena_strndup(a, text + name.off, name.len);
    for (char *p = s; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    return s;
}

static int cmp_str(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

static char *join(kg_arena *a, char **parts, size_t n, const char *sep)
{
    size_t len = 1;
    for (size_t i = 0; i < n; i++)
        len += strlen(parts[i]) + strlen(sep);
    char *out = kg_arena_alloc(a, len);
    out[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        if (i)
            strcat(out, sep);
        strcat(out, parts[i]);
    }
    return out;
}

void kg_cite_motion_key(kg_arena *a, const char *text, const kg_span *names,
                        size_t count, const char *extra, const char **key,
                        const char **label)
{
    char *parts[KG_MAX_SUBMITTERS + 1], *lowered[KG_MAX_SUBMITTERS + 1];
    size_t n = 0;
    for (; n < count && n < KG_MAX_SUBMITTERS; n++)
        parts[n] = one_line(a, text, names[n]);
    if (extra)
        parts[n++] = kg_arena_strndup(a, extra, strlen(extra));
    *label = kg_arena_printf(a, "motie %s", join(a, parts, n, "/"));
    for (size_t i = 0; i < n; i++) {
        lowered[i] = kg_arena_strndup(a, parts[i], strlen(parts[i]));
        lower_utf8(lowered[i]);
    }
    qsort(lowered, n, sizeof *lowered, cmp_str);
    kg_id id = {.kind = KG_ID_MOTIE, .key = kg_idpart_of(join(a, lowered, n, "+"))};
    *key = kg_id_format(a, &id);
}

char *kg_cite_member_key(kg_arena *a, const char *text, kg_span name)
{
    char *k = kg_arena_strndup(a, text + name.off, name.len);
    lower_utf8(k);
    for (char *p = k; *p; p++)
        if (*p == '\n' || *p == '\t' || *p == '\r')
            *p = ' ';
    char *p = k;
    for (;;) {                          /* drop leading tussenvoegsels */
        char *sp = strchr(p, ' ');
        /* the list is the scanner's, which reads the names: one copy */
        if (!sp || !kg_is_tussenvoegsel(p, (size_t)(sp - p)))
            break;
        p = sp + 1;
    }
    for (char *q = p; *q; q++)
        if (*q == ' ')
            *q = '-';
    return p;
}
