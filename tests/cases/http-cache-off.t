# FERRY_HTTP_CACHE=off: every run asks, nothing is stored
@ENV XDG_CACHE_HOME=$TMP/cache
@ENV FERRY_HTTP_CACHE=off
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" . && FERRY_HTTP_CACHE=off XDG_CACHE_HOME=$TMP/cache "$FERRY" plan npm:wrap-ansi@7.0.0 --target debian --distro-index Packages.gz --registry ${HTTP}cache300/off/ >first
@ARGS plan npm:wrap-ansi@7.0.0 --target debian --distro-index Packages.gz --registry ${HTTP}cache300/off/
@SH cmp first stdout
@SH s=$(python3 "$TOP/tests/httpreg.py" stats "$HTTP" off); echo "$s"; test "$s" = "$(printf '200 /ansi-styles 2\n200 /string-width 2\n200 /wrap-ansi 2')"
@SH test ! -e $TMP/cache/ferry/http
