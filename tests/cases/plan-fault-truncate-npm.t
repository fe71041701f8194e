# registry fault in a plan: a body shorter than its Content-Length, then the connection closed, on a dependency's document
# (string-width), not the root's: exit 4 with its URL, not an unresolvable
# dependency (exit 1)
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan npm:wrap-ansi@7.0.0 --target debian --distro-index $TOP/tests/distro/plan/Packages.gz --registry ${HTTP}truncate=string-width/
@EXIT 4
@STDERR-LINES 1
@STDERR-HAS bytes remaining to read
@SH grep -qF "ferry: string-width: registry metadata: ${HTTP}truncate=string-width/string-width: " $TMP/stderr
@SH test ! -s $TMP/stdout
