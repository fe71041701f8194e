@ARGS import npm:h-deepjson -t fedora -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-deepjson: packument: invalid JSON
@STDERR-HAS maximum parsing depth
@NO-OUTPUT
