# a file beside the top folder
@ARGS import npm:h-beside -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-beside@1.0.0: tarball: evil.js: member outside the package's top folder
@STDERR-LINES 1
@NO-OUTPUT
