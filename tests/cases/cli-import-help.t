@ARGS import --help
@STDOUT-HAS --no-tarball-rewrite
@STDOUT-HAS FERRY_HTTP_CACHE=off
