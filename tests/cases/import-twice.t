# importing again into what ferry wrote, unchanged, just works: the trees
# are replaced whole (same bytes), the records stay, no temporary is left
@BEFORE "$FERRY" import npm:left-pad -t fedora -t debian -o out --registry $REG >/dev/null && sha256sum out/.ferry/*.files out/.ferry/base/* out/node-left-pad_1.3.0.orig.tar.gz > sums && (cd out && find . -type f | sort) > files
@ARGS import npm:left-pad -t fedora -t debian -o $OUT --registry $REG
@STDOUT-HAS debian: left-pad 1.3.0 -> 
@STDERR-LINES 0
@SH sha256sum -c --quiet sums
@SH cd $OUT && find . -type f | sort | cmp - ../files
@SH cmp $OUT/node-left-pad_1.3.0.orig.tar.gz $TOP/tests/registry/npm/-/left-pad-1.3.0.tgz
@SH test -z "$(ls -A $OUT | grep '^\.ferry-')"
