# registry fault in a plan: a body shorter than its Content-Length, then the connection closed, on the root's registry document:
# exit 4 with its URL
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan pypi:attrs --target debian --distro-index $TOP/tests/distro/plan/Packages.gz --registry ${HTTP}truncate/pypi/
@EXIT 4
@STDERR-LINES 1
@STDERR-HAS bytes remaining to read
@SH grep -qF "${HTTP}truncate/pypi/pypi/attrs/json: " $TMP/stderr
@SH test ! -s $TMP/stdout
