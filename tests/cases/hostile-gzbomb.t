@ARGS import npm:h-gzbomb -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-gzbomb@1.0.0: 
@STDERR-HAS expands beyond the size limits
@STDERR-LINES 1
@NO-OUTPUT
