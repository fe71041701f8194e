# lib/a.js and lib//a.js are one path
@ARGS import npm:h-innerdup -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-innerdup@1.0.0: tarball: lib/a.js: two members with the same path
@STDERR-LINES 1
@NO-OUTPUT
