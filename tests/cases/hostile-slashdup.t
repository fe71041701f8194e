# package//package.json: stripped of its top folder, an absolute path
@ARGS import npm:h-slashdup -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-slashdup@1.0.0: tarball: package//package.json: absolute path once the top folder is stripped
@STDERR-LINES 1
@NO-OUTPUT
