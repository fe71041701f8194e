# registry fault in a plan: a connection reset half way through the body, on the root's registry document:
# exit 4 with its URL
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan pypi:attrs --target debian --distro-index $TOP/tests/distro/plan/Packages.gz --registry ${HTTP}reset/pypi/
@EXIT 4
@STDERR-LINES 1
@STDERR-HAS Connection reset by peer
@SH grep -qF "${HTTP}reset/pypi/pypi/attrs/json: " $TMP/stderr
@SH test ! -s $TMP/stdout
