# importing again replaces the earlier output whole (files and folders)
@BEFORE mkdir -p out/nodejs-left-pad && echo stale > out/nodejs-left-pad/stale && echo old > out/node-left-pad_1.3.0.orig.tar.gz
@ARGS import npm:left-pad -t fedora -t debian -o $OUT --registry $REG
@SH test ! -e $OUT/nodejs-left-pad/stale
@SH cmp $OUT/node-left-pad_1.3.0.orig.tar.gz $TOP/tests/registry/npm/-/left-pad-1.3.0.tgz
@SH test -z "$(ls -A $OUT | grep '^\.ferry')"
