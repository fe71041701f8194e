@ARGS import npm:h-badsum -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-badsum@1.0.0: tarball: integrity mismatch
@STDERR-LINES 1
@NO-OUTPUT
