# a hardlink to a member outside the top folder
@ARGS import npm:h-hardtop -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-hardtop@1.0.0: tarball: package/pw: hardlink points outside the package
@STDERR-LINES 1
@NO-OUTPUT
