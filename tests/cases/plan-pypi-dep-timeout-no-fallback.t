# a dependency's JSON API times out in a plan: that is a network failure
# (exit 4, its URL), not a reason to ask the Simple API instead, nor a
# dependency the registry does not have (unresolvable)
@ENV XDG_CACHE_HOME=$TMP/cache
@ENV FERRY_HTTP_TIMEOUT=1
@BEFORE cp "$TOP/tests/distro/primary.xml.gz" .
@ARGS plan pypi:jsonschema@4.10.3 --target fedora --distro-index primary.xml.gz --registry ${HTTP}drip=attrs%2Fjson/pypi/
@EXIT 4
@STDERR-LINES 1
@STDERR-HAS Operation timed out after 
@SH grep -qF "${HTTP}drip=attrs%2Fjson/pypi/pypi/attrs/json: " $TMP/stderr
@SH test ! -s $TMP/stdout
