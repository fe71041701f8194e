# package/./package.json after package/package.json: one file for tar -x, two as written
@ARGS import npm:h-dotdup -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-dotdup@1.0.0: tarball: package.json: two members with the same path
@STDERR-LINES 1
@NO-OUTPUT
