@ARGS import npm:h-fifo -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-fifo@1.0.0: 
@STDERR-HAS device node, FIFO or socket
@STDERR-LINES 1
@NO-OUTPUT
