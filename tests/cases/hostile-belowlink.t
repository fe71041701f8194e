# a -> . stays inside, but a/b -> .. then points above the package
@ARGS import npm:h-belowlink -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-belowlink@1.0.0: tarball: a/b: member below the symlink a
@STDERR-LINES 1
@NO-OUTPUT
