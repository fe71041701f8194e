@ARGS import npm:h-manout -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-manout@1.0.0: 
@STDERR-HAS man: '../../etc/shadow.1' points outside the package
@STDERR-LINES 1
@NO-OUTPUT
