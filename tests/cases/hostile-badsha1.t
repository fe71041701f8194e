@ARGS import npm:h-badsha1 -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-badsha1@1.0.0: tarball: integrity mismatch: dist.shasum expects sha1 d0941e68da8f38151ff86a61fc59f7c5cf9fcaa2
@NO-OUTPUT
