# registry fault in a plan: a body dripped a byte every 0.2 s, past FERRY_HTTP_TIMEOUT=1, on a dependency's document
# (string-width), not the root's: exit 4 with its URL, not an unresolvable
# dependency (exit 1)
@ENV XDG_CACHE_HOME=$TMP/cache
@ENV FERRY_HTTP_TIMEOUT=1
@ARGS plan npm:wrap-ansi@7.0.0 --target debian --distro-index $TOP/tests/distro/plan/Packages.gz --registry ${HTTP}drip=string-width/
@EXIT 4
@STDERR-LINES 1
@STDERR-HAS Operation timed out after 
@SH grep -qF "ferry: string-width: registry metadata: ${HTTP}drip=string-width/string-width: " $TMP/stderr
@SH test ! -s $TMP/stdout
