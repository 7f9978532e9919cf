/* Canonical ids (id.h): their parts, and back. */
#include <stdio.h>
#include <string.h>

#include "id.h"

/* The prefix of each kind of id; a key and an ECLI are written whole. */
static const struct {
    kg_id_kind kind;
    const char *prefix;
} prefixes[] = {
    {KG_ID_KAMERSTUK, "kst-"},   {KG_ID_DOSSIER, "dossier-"}, {KG_ID_HANDELINGEN, "h-"},
    {KG_ID_AANHANGSEL, "ah-"},   {KG_ID_STB, "stb-"},         {KG_ID_STCRT, "stcrt-"},
    {KG_ID_ECLI, "ECLI:"},       {KG_ID_MOTIE, "motie:"},     {KG_ID_BRIEF, "brief:"},
};

static const struct {
    kg_place place;
    const char *name;           /* before the place's name */
} places[] = {
    {KG_PLACE_QUESTION, "vraag-"}, {KG_PLACE_ANSWER, "antwoord-"},
    {KG_PLACE_SECTION, "sectie-"}, {KG_PLACE_MEMBER, "lid-"}, {KG_PLACE_UNRESOLVED, "?"},
};

const char *kg_id_prefix(kg_id_kind kind)
{
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
        if (prefixes[i].kind == kind)
            return prefixes[i].prefix;
    return "";
}

/* ---- reading --------------------------------------------------------------- */

static kg_idpart part(const char *s, size_t n)
{
    return (kg_idpart){s, n};
}

/* The offset of the first c in the n bytes at s, or n. */
static size_t upto(const char *s, size_t n, char c)
{
    const char *p = memchr(s, c, n);
    return p ? (size_t)(p - s) : n;
}

static size_t span_of(const char *s, size_t n, const char *set)
{
    size_t i = 0;
    while (i < n && s[i] && strchr(set, s[i]))
        i++;
    return i;
}

#define DIGITS "0123456789"
#define ALNUM DIGITS "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

/* The dossier's digits, then one or more "-" parts of letters and
 * digits: "31490-359", "36410-XVI-12", "36123-B". */
static bool kamerstuk_shape(const char *s, size_t n)
{
    size_t digits = span_of(s, n, DIGITS), i = digits;
    if (digits == 0 || i >= n || s[i] != '-')
        return false;
    while (i < n && s[i] == '-') {
        size_t k = span_of(s + i + 1, n - i - 1, ALNUM);
        if (k == 0)
            return false;
        i += 1 + k;
    }
    return i == n;
}

/* "<dossier>[-<toevoeging>]-<number>": the number after the last '-'
 * (when one stands after the first byte), the toevoeging between the first
 * '-' and that one. */
static void read_kamerstuk(const char *s, size_t n, kg_id *id)
{
    size_t last = n;
    while (last > 1 && s[last - 1] != '-')
        last--;
    if (last <= 1) {                    /* "kst-36901": no number */
        id->dossier = part(s, n);
        return;
    }
    size_t stem = last - 1, first = upto(s, stem, '-');
    id->number = part(s + last, n - last);
    id->dossier = part(s, first);
    if (first < stem)
        id->toevoeging = part(s + first + 1, stem - first - 1);
    id->well_formed = kamerstuk_shape(s, n);
}

static void read_dossier(const char *s, size_t n, kg_id *id)
{
    size_t first = upto(s, n, '-');
    id->dossier = part(s, first);
    if (first < n)
        id->toevoeging = part(s + first + 1, n - first - 1);
    id->well_formed = first > 0 && span_of(s, first, DIGITS) == first &&
                      (first == n || kamerstuk_shape(s, n));
}

/* "tk-20172018-70[-6]": a Kamer, an 8-digit vergaderjaar, a number
 * without a leading zero, and (Handelingen only) an item. */
static void read_handelingen(const char *s, size_t n, kg_id *id)
{
    size_t k = upto(s, n, '-');
    if (k == n) {
        id->key = part(s, n);
        return;
    }
    id->kamer = part(s, k);
    s += k + 1, n -= k + 1;
    k = upto(s, n, '-');
    id->year = part(s, k);
    if (k == n)
        return;
    s += k + 1, n -= k + 1;
    k = upto(s, n, '-');
    id->number = part(s, k);
    if (k < n)
        id->item = part(s + k + 1, n - k - 1);
    const kg_idpart *y = &id->year, *nr = &id->number, *it = &id->item;
    bool kamer = id->kamer.n == 2 &&
                 (!memcmp(id->kamer.s, "tk", 2) || !memcmp(id->kamer.s, "ek", 2));
    id->well_formed = kamer && y->n == 8 && span_of(y->s, 8, DIGITS) == 8 && nr->n > 0 &&
                      nr->s[0] != '0' && span_of(nr->s, nr->n, DIGITS) == nr->n &&
                      (!it->s || (id->kind == KG_ID_HANDELINGEN && it->n > 0 &&
                                  span_of(it->s, it->n, DIGITS) == it->n));
}

static void read_publication(const char *s, size_t n, kg_id *id)
{
    size_t k = upto(s, n, '-');
    id->year = part(s, k);
    if (k < n)
        id->number = part(s + k + 1, n - k - 1);
    id->well_formed = k < n;
}

/* The id itself, the n bytes at s (without a place). */
static void read_base(const char *s, size_t n, kg_id *id)
{
    id->kind = KG_ID_KEY;
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        size_t len = strlen(prefixes[i].prefix);
        if (n >= len && memcmp(s, prefixes[i].prefix, len) == 0) {
            id->kind = prefixes[i].kind;
            if (id->kind != KG_ID_ECLI)
                s += len, n -= len;
            break;
        }
    }
    switch (id->kind) {
    case KG_ID_KAMERSTUK: read_kamerstuk(s, n, id); break;
    case KG_ID_DOSSIER: read_dossier(s, n, id); break;
    case KG_ID_HANDELINGEN:
    case KG_ID_AANHANGSEL: read_handelingen(s, n, id); break;
    case KG_ID_STB:
    case KG_ID_STCRT: read_publication(s, n, id); break;
    default:
        id->key = part(s, n);
        id->well_formed = true;
        break;
    }
}

static void read_place(const char *f, kg_id *id)
{
    id->fragment = kg_idpart_of(f);
    id->place = KG_PLACE_OTHER;
    id->place_name = id->fragment;
    for (size_t i = 0; i < sizeof places / sizeof places[0]; i++) {
        size_t len = strlen(places[i].name);
        if (places[i].place == KG_PLACE_UNRESOLVED ? strcmp(f, "?") == 0
                                                   : strncmp(f, places[i].name, len) == 0) {
            id->place = places[i].place;
            id->place_name = kg_idpart_of(f + len);
            return;
        }
    }
}

void kg_id_parse(const char *s, kg_id *id)
{
    memset(id, 0, sizeof *id);
    const char *hash = strrchr(s, '#');
    size_t n = hash ? (size_t)(hash - s) : strlen(s);
    read_base(s, n, id);
    if (hash) {
        id->doc = part(s, n);
        read_place(hash + 1, id);
    }
}

/* ---- writing ----------------------------------------------------------------- */

typedef struct {
    char *buf;
    size_t size, len;
} out;

static void put(out *o, const char *s, size_t n)
{
    if (o->len < o->size) {
        size_t room = o->size - o->len - 1;
        memcpy(o->buf + o->len, s, n < room ? n : room);
    }
    o->len += n;
}

static void put_str(out *o, const char *s)
{
    put(o, s, strlen(s));
}

static void put_part(out *o, const char *sep, kg_idpart p)
{
    if (!p.s)
        return;
    put_str(o, sep);
    put(o, p.s, p.n);
}

static void write_base(out *o, const kg_id *id)
{
    if (id->doc.s) {
        put(o, id->doc.s, id->doc.n);
        return;
    }
    if (id->kind != KG_ID_ECLI)
        put_str(o, kg_id_prefix(id->kind));
    switch (id->kind) {
    case KG_ID_KAMERSTUK:
        put_part(o, "", id->dossier);
        put_part(o, "-", id->toevoeging);
        put_part(o, "-", id->number);
        break;
    case KG_ID_DOSSIER:
        put_part(o, "", id->dossier);
        put_part(o, "-", id->toevoeging);
        break;
    case KG_ID_HANDELINGEN:
    case KG_ID_AANHANGSEL:
        put(o, id->kamer.s, id->kamer.n);
        put_str(o, "-");
        put(o, id->year.s, id->year.n);
        put_str(o, "-");
        put(o, id->number.s, id->number.n);
        put_part(o, "-", id->item);
        break;
    case KG_ID_STB:
    case KG_ID_STCRT:
        put(o, id->year.s, id->year.n);
        put_str(o, "-");
        put(o, id->number.s, id->number.n);
        break;
    case KG_ID_NONE:
        break;
    default:
        put(o, id->key.s, id->key.n);
        break;
    }
}

static void write_place(out *o, const kg_id *id)
{
    if (id->place == KG_PLACE_NONE)
        return;
    if (id->doc.s || id->kind != KG_ID_NONE)
        put_str(o, "#");
    for (size_t i = 0; i < sizeof places / sizeof places[0]; i++)
        if (places[i].place == id->place)
            put_str(o, places[i].name);
    if (id->place == KG_PLACE_UNRESOLVED)
        return;
    if (id->place_name.s) {
        put(o, id->place_name.s, id->place_name.n);
    } else {
        char n[16];
        put(o, n, (size_t)snprintf(n, sizeof n, "%u", id->place_n));
    }
}

size_t kg_id_write(const kg_id *id, char *buf, size_t size)
{
    out o = {buf, size, 0};
    write_base(&o, id);
    write_place(&o, id);
    if (size)
        buf[o.len < size ? o.len : size - 1] = '\0';
    return o.len;
}

char *kg_id_format(kg_arena *a, const kg_id *id)
{
    char small[128];
    size_t n = kg_id_write(id, small, sizeof small);
    char *s = kg_arena_alloc(a, n + 1);
    if (s && n < sizeof small)
        memcpy(s, small, n + 1);
    else if (s)
        kg_id_write(id, s, n + 1);
    return s;
}

/* ---- what is asked of ids ---------------------------------------------------------- */

bool kg_is_kst_id(const char *id)
{
    kg_id p;
    kg_id_parse(id, &p);
    return p.kind == KG_ID_KAMERSTUK && p.well_formed && p.place == KG_PLACE_NONE;
}

bool kg_is_handelingen_id(const char *id, size_t *number_end)
{
    kg_id p;
    kg_id_parse(id, &p);
    if ((p.kind != KG_ID_HANDELINGEN && p.kind != KG_ID_AANHANGSEL) || !p.well_formed ||
        p.place != KG_PLACE_NONE)
        return false;
    *number_end = (size_t)(p.number.s + p.number.n - id);
    return true;
}

const char *kg_id_label(const char *id)
{
    kg_id p;
    kg_id_parse(id, &p);
    if ((p.kind == KG_ID_KAMERSTUK || p.kind == KG_ID_DOSSIER) && p.place == KG_PLACE_NONE)
        return id + strlen(kg_id_prefix(p.kind));
    return id;
}

bool kg_id_url(const char *id, char *buf, size_t bufsize)
{
    const char *base = "https://zoek.officielebekendmakingen.nl/";
    kg_id p;
    int n;
    kg_id_parse(id, &p);
    if (p.kind == KG_ID_ECLI)
        n = snprintf(buf, bufsize,
                     "https://uitspraken.rechtspraak.nl/inziendocument?id=%s", id);
    else if (strpbrk(id, "#: "))
        return false;                   /* questions, unnumbered motions */
    else if (p.kind == KG_ID_KAMERSTUK || p.kind == KG_ID_HANDELINGEN ||
             p.kind == KG_ID_AANHANGSEL || p.kind == KG_ID_STB || p.kind == KG_ID_STCRT)
        n = snprintf(buf, bufsize, "%s%s.html", base, id);
    else if (p.kind == KG_ID_DOSSIER)
        n = snprintf(buf, bufsize, "%sdossier/%s", base, kg_id_label(id));
    else
        return false;
    return n > 0 && (size_t)n < bufsize;
}
