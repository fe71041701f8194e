# an --arch the target does not know is a usage error naming the known ones,
# before anything is fetched
@ARGS import npm:left-pad -t debian --arch x86_64 -o $OUT --registry $REG
@EXIT 2
@STDERR-HAS import: --arch x86_64: not an architecture of debian (amd64,
@NO-OUTPUT
