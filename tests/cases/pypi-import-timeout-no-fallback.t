# the JSON API times out: that is a network failure (exit 4), not a reason
# to ask the Simple API instead, which is asked only when the JSON API is
# not there (here it would answer)
@ENV XDG_CACHE_HOME=$TMP/cache
@ENV FERRY_HTTP_TIMEOUT=1
@ARGS import pypi:attrs -t fedora -o $OUT --registry ${HTTP}drip=json/pypi/
@EXIT 4
@STDERR-HAS Operation timed out after 
@SH grep -qF "${HTTP}drip=json/pypi/pypi/attrs/json: " $TMP/stderr
@STDERR-LINES 1
@NO-OUTPUT
