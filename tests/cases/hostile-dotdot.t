@ARGS import npm:h-dotdot -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-dotdot@1.0.0: 
@STDERR-HAS path escapes the archive root
@STDERR-LINES 1
@NO-OUTPUT
