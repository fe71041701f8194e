# a rejected import leaves the earlier output as it was
@BEFORE mkdir -p out/nodejs-h-badsum && echo kept > out/nodejs-h-badsum/x.spec
@ARGS import npm:h-badsum -t fedora -o $OUT --registry $HREG
@EXIT 3
@SH test "$(cat $OUT/nodejs-h-badsum/x.spec)" = kept
@SH test -z "$(ls -A $OUT | grep '^\.ferry')"
