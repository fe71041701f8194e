@ARGS import --help
@STDOUT-HAS --no-tarball-rewrite
