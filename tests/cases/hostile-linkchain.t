# a -> . and b -> a/..: each target reads as inside the package, but b's
# climbs through the link a and ends one level above it
@ARGS import npm:h-linkchain -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-linkchain@1.0.0: tarball: b: symlink target passes through the symlink a
@STDERR-LINES 1
@NO-OUTPUT
