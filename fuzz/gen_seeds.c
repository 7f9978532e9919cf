/*
 * Seed inputs for the fuzz harnesses, made at `make fuzz` time from the
 * test fixtures so that the repository holds no binary seeds:
 *
 *   gen_seeds docx OUT PARTS_DIR        a real DOCX (tests/build_docx.c)
 *   gen_seeds docx-parts OUT PARTS_DIR  the same parts joined by NUL bytes,
 *                                       the other input shape of fuzz_docx
 *   gen_seeds pdf OUT TXT               the fixture letter in the PDF shape
 *                                       (tests/build_pdf.c)
 *   gen_seeds pdf-pages OUT TXT N       the non-blank lines of TXT, N a page
 *   gen_seeds cases OUTDIR CASES STEP   every STEP-th input of a citation
 *                                       cases file (tests/cases/citations.txt), one
 *                                       file each, with \n and \t unescaped
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build_docx.h"
#include "build_pdf.h"
#include "read_whole.h"

static int docx_parts(const char *out, const char *dir)
{
    static const char *const parts[] = {"word/document.xml", "word/footnotes.xml",
                                        "docProps/core.xml", "[Content_Types].xml"};
    FILE *f = fopen(out, "wb");
    if (!f)
        return -1;
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        char path[4096];
        size_t len = 0;
        snprintf(path, sizeof path, "%s/%s", dir, parts[i]);
        char *data = kg_test_read_whole(path, &len);
        if (i)
            fputc('\0', f);
        if (data)
            fwrite(data, 1, len, f);
        free(data);
    }
    return fclose(f) == 0 ? 0 : -1;
}

static int pdf_pages(const char *out, const char *txt, size_t per)
{
    size_t len = 0;
    char *text = kg_test_read_whole(txt, &len);
    if (!text)
        return -1;
    const char *lines[512];
    size_t n = 0;
    for (char *l = strtok(text, "\r\n"); l && n < 512; l = strtok(NULL, "\r\n"))
        lines[n++] = l;
    int rc = kg_test_build_pdf(out, lines, n, per);
    free(text);
    return rc;
}

/* "input => expected" lines; '#' and blank lines are comments. */
static int cases(const char *outdir, const char *file, size_t step)
{
    size_t len = 0;
    char *text = kg_test_read_whole(file, &len);
    if (!text)
        return -1;
    size_t seen = 0, written = 0;
    for (char *l = strtok(text, "\n"); l; l = strtok(NULL, "\n")) {
        char *arrow = strstr(l, " => ");
        if (l[0] == '#' || !arrow || seen++ % step)
            continue;
        *arrow = '\0';
        char path[4096];
        snprintf(path, sizeof path, "%s/case-%03zu.txt", outdir, seen);
        FILE *f = fopen(path, "wb");
        if (!f)
            return -1;
        for (const char *p = l; *p; p++) {
            if (p[0] == '\\' && (p[1] == 'n' || p[1] == 't')) {
                fputc(p[1] == 'n' ? '\n' : '\t', f);
                p++;
            } else {
                fputc(*p, f);
            }
        }
        fputc('\n', f);
        if (fclose(f) != 0)
            return -1;
        written++;
    }
    free(text);
    return written ? 0 : -1;
}

int main(int argc, char **argv)
{
    int rc = -1;
    if (argc == 4 && strcmp(argv[1], "docx") == 0)
        rc = kg_test_build_docx(argv[2], argv[3]);
    else if (argc == 4 && strcmp(argv[1], "docx-parts") == 0)
        rc = docx_parts(argv[2], argv[3]);
    else if (argc == 4 && strcmp(argv[1], "pdf") == 0)
        rc = kg_test_build_fixture_pdf(argv[3], argv[2]);
    else if (argc == 5 && strcmp(argv[1], "pdf-pages") == 0)
        rc = pdf_pages(argv[2], argv[3], (size_t)strtoul(argv[4], NULL, 10));
    else if (argc == 5 && strcmp(argv[1], "cases") == 0) {
        size_t step = (size_t)strtoul(argv[4], NULL, 10);
        rc = cases(argv[2], argv[3], step ? step : 1);
    }
    else {
        fprintf(stderr, "usage: gen_seeds docx|docx-parts|pdf OUT IN | "
                        "pdf-pages OUT TXT N | cases OUTDIR CASES STEP\n");
        return 2;
    }
    if (rc != 0)
        fprintf(stderr, "gen_seeds: %s %s: failed\n", argv[1], argv[2]);
    return rc != 0;
}
