@ARGS import npm:h-namemismatch -t fedora -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-namemismatch: packument: name: is 'left-pad'
@NO-OUTPUT
