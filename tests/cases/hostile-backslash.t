# backslashes: a path separator elsewhere
@ARGS import npm:h-backslash -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-backslash@1.0.0: tarball: package/..\..\evil.js:
@STDERR-LINES 1
@NO-OUTPUT
