@ARGS import npm:h-gzgzbomb -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-gzgzbomb@1.0.0: 
@STDERR-HAS larger than the size limit
@STDERR-LINES 1
@NO-OUTPUT
