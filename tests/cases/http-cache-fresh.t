# Cache-Control max-age=300: the second plan is served from the HTTP cache
# without a single request, and says the same
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" . && XDG_CACHE_HOME=$TMP/cache "$FERRY" plan npm:wrap-ansi@7.0.0 --target debian --distro-index Packages.gz --registry ${HTTP}cache300/fresh/ >first
@ARGS plan npm:wrap-ansi@7.0.0 --target debian --distro-index Packages.gz --registry ${HTTP}cache300/fresh/
@STDOUT-HAS update        string-width                     4.2.3
@SH cmp first stdout
@SH s=$(python3 "$TOP/tests/httpreg.py" stats "$HTTP" fresh); echo "$s"; test "$s" = "$(printf '200 /ansi-styles 1\n200 /string-width 1\n200 /wrap-ansi 1')"
@SH test "$(ls $TMP/cache/ferry/http | wc -l)" = 3
