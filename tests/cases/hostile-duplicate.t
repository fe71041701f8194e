# two package.json members: which one counts depends on the reader; refused
@ARGS import npm:h-duplicate -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-duplicate@1.0.0: tarball: package.json: two members with the same path
@STDERR-LINES 1
@NO-OUTPUT
