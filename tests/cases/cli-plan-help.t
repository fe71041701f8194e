@ARGS plan --help
@STDOUT-HAS --build-order
@STDOUT-HAS FERRY_HTTP_CACHE=off turns the cache off.
