@ARGS import npm:h-abspath -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-abspath@1.0.0: 
@STDERR-HAS absolute path in archive
@STDERR-LINES 1
@NO-OUTPUT
