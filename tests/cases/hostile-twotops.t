# a second top folder
@ARGS import npm:h-twotops -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-twotops@1.0.0: tarball: other/index.js: member outside the package's top folder
@STDERR-LINES 1
@NO-OUTPUT
