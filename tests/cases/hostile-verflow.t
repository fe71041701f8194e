@ARGS import npm:h-verflow -t fedora -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS version '1.0.99999999999999999999': version number too large
@NO-OUTPUT
