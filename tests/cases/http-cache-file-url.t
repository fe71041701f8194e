# file:// registries are read where they lie: nothing goes to the HTTP cache
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" .
@ARGS plan npm:wrap-ansi@7.0.0 --target debian --distro-index Packages.gz --registry $REG
@STDOUT-HAS update        string-width                     4.2.3
@SH test -d $TMP/cache/ferry/solv && test ! -e $TMP/cache/ferry/http
