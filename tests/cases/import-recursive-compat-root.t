# An older major asked for on its own, where the distribution ships a newer
# one and its family embeds old majors in their dependents (Debian npm,
# docs/compat.md): nothing to write it into, so import refuses with one
# line naming both versions and what to do, exit 1, nothing written
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import npm:wrap-ansi@7.0.0 --recursive -t debian --distro-index $TOP/tests/distro/plan/Packages-wrap8 -o $OUT --registry $REG
@EXIT 1
@STDERR-HAS ferry: wrap-ansi: wrap-ansi 7.0.0 is an older major than the distribution's node-wrap-ansi 8.0.1-1, and debian packages no second major of a module from npm: it embeds it in the packages that need it (docs/compat.md); import one of those
@STDERR-LINES 1
@SH test ! -e $OUT
