# registry fault: a connection reset half way through the body, on its registry document:
# exit 4, one line naming the URL, nothing written, nothing cached
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS import pypi:attrs -t fedora -t debian -o $OUT --registry ${HTTP}reset/pypi/
@EXIT 4
@STDERR-LINES 1
@STDERR-HAS Connection reset by peer
@SH grep -qF "${HTTP}reset/pypi/pypi/attrs/json: " $TMP/stderr
@NO-OUTPUT
@SH test -z "$(ls -A $TMP/cache/ferry/http 2>/dev/null)"
