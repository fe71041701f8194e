@ARGS import npm:left-pad -t debian -o $OUT --registry ${HTTP}mirror/ --no-tarball-rewrite
@EXIT 4
@STDERR-HAS https://registry.invalid/left-pad/-/left-pad-1.3.0.tgz
@NO-OUTPUT
