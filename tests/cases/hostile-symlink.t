@ARGS import npm:h-symlink -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-symlink@1.0.0: 
@STDERR-HAS symlink points outside
@STDERR-LINES 1
@NO-OUTPUT
