@ARGS import npm:h-binout -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-binout@1.0.0: 
@STDERR-HAS bin.evil: '../../../usr/bin/sudo' points outside the package
@STDERR-LINES 1
@NO-OUTPUT
