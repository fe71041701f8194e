# a prebuilt binary at package//home/...: the spec would have run rm -f /home/... at build time
@ARGS import npm:h-slashabs -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-slashabs@1.0.0: tarball: package//home/victim/project/build/Release/addon.node: absolute path once the top folder is stripped
@STDERR-LINES 1
@NO-OUTPUT
