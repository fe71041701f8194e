@ARGS import npm:h-sparse -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-sparse@1.0.0: 
@STDERR-HAS sparse file
@STDERR-LINES 1
@NO-OUTPUT
