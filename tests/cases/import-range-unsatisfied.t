@ARGS import npm:left-pad@^9 -t fedora -o $OUT --registry $REG
@EXIT 3
@STDERR-HAS no published version satisfies the range
@NO-OUTPUT
