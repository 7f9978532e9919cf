/*
 * Graphviz 2.43 never frees some of what it allocates (its plugin
 * configuration, the tables of HTML-like labels, the font families its
 * pango plugin lists from fontconfig), and `render`, `report` and `site`
 * draw with it: under AddressSanitizer (`make check-asan`) the command line
 * must not be blamed for that. Only allocations whose stack is inside those
 * libraries are ignored, as in the tests' own suppressions
 * (tests/test_render.c, tests/valgrind.supp). LeakSanitizer calls these
 * hooks itself; in an ordinary build nothing does.
 */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libgvc.so\n"
           "leak:libgvplugin_\n"
           "leak:libfontconfig.so\n";
}

/* and without a table of the suppressions used on stderr at every exit */
const char *__lsan_default_options(void);
const char *__lsan_default_options(void)
{
    return "print_suppressions=0";
}
