# the Fedora side too: an edited spec refuses and stays as edited; the orig
# tarball beside the Debian tree, replaced by the packager, is named too
@BEFORE "$FERRY" import npm:left-pad -t fedora -t debian -o out --registry $REG >/dev/null && sed -i 's/^Release:.*/Release: 2%{?dist}/' out/nodejs-left-pad/nodejs-left-pad.spec && echo other > out/node-left-pad_1.3.0.orig.tar.gz
@ARGS import npm:left-pad -t fedora -t debian -o $OUT --registry $REG
@EXIT 1
@STDERR-LINES 3
@STDERR-HAS /out/nodejs-left-pad/nodejs-left-pad.spec: changed since ferry wrote it (--force replaces it)
@STDERR-HAS /out/node-left-pad_1.3.0.orig.tar.gz: changed since ferry wrote it
@FILE-HAS nodejs-left-pad/nodejs-left-pad.spec Release: 2%{?dist}
@SH test "$(cat $OUT/node-left-pad_1.3.0.orig.tar.gz)" = other
