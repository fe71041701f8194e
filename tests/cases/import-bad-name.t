@ARGS import npm:../../etc -t fedora -o $OUT --registry $REG
@EXIT 2
@STDERR-HAS starts with
@NO-OUTPUT
