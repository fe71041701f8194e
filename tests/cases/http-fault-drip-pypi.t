# registry fault: a body dripped a byte every 0.2 s, past FERRY_HTTP_TIMEOUT=1, on its registry document:
# exit 4, one line naming the URL, nothing written, nothing cached
@ENV XDG_CACHE_HOME=$TMP/cache
@ENV FERRY_HTTP_TIMEOUT=1
@ARGS import pypi:attrs -t fedora -t debian -o $OUT --registry ${HTTP}drip/pypi/
@EXIT 4
@STDERR-LINES 1
@STDERR-HAS Operation timed out after 
@SH grep -qF "${HTTP}drip/pypi/pypi/attrs/json: " $TMP/stderr
@NO-OUTPUT
@SH test -z "$(ls -A $TMP/cache/ferry/http 2>/dev/null)"
