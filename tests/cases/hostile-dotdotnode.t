# a prebuilt binary at package/../evil.node: the spec would have run rm -f ../evil.node
@ARGS import npm:h-dotdotnode -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-dotdotnode@1.0.0: tarball: package/../evil.node: path escapes the archive root
@STDERR-LINES 1
@NO-OUTPUT
