@ARGS import npm:h-longrange -t fedora -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-longrange@1.0.0: dependencies.left-pad: range longer than 4096 bytes
@NO-OUTPUT
