# Cache-Control no-store: nothing stored, every run asks
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" . && XDG_CACHE_HOME=$TMP/cache "$FERRY" plan npm:left-pad --target debian --distro-index Packages.gz --registry ${HTTP}nostore/nostore/ >first
@ARGS plan npm:left-pad --target debian --distro-index Packages.gz --registry ${HTTP}nostore/nostore/
@SH cmp first stdout
@SH s=$(python3 "$TOP/tests/httpreg.py" stats "$HTTP" nostore); echo "$s"; test "$s" = "$(printf '200 /left-pad 2')"
@SH test -z "$(ls -A $TMP/cache/ferry/http 2>/dev/null)"
