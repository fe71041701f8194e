# a newline in a member's name would start a new line in the spec
@ARGS import npm:h-ctrlname -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS control character or backslash in path
@STDERR-LINES 1
@NO-OUTPUT
