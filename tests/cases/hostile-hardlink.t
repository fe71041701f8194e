@ARGS import npm:h-hardlink -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-hardlink@1.0.0: 
@STDERR-HAS hardlink points outside
@STDERR-LINES 1
@NO-OUTPUT
