# registry fault in a plan: HTTP 500, on the root's registry document:
# exit 4 with its URL
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan pypi:attrs --target debian --distro-index $TOP/tests/distro/plan/Packages.gz --registry ${HTTP}status500/pypi/
@EXIT 4
@STDERR-LINES 1
@STDERR-HAS HTTP 500
@SH grep -qF "${HTTP}status500/pypi/pypi/attrs/json: " $TMP/stderr
@SH test ! -s $TMP/stdout
