# --force: the packager's added files are carried over untouched (same
# inode: renamed, not copied), ferry's edited changelog is replaced, a file
# ferry wrote and the packager removed is written again; the record then
# lists ferry's files only, so the next import without --force names the
# packager's file again
@BEFORE "$FERRY" import npm:left-pad -t debian -o out --registry $REG >/dev/null && cp out/node-left-pad/debian/changelog changelog.ferry && echo edit >> out/node-left-pad/debian/changelog && rm out/node-left-pad/debian/watch && mkdir -p out/node-left-pad/debian/patches && echo fix.patch > out/node-left-pad/debian/patches/series && echo notes > out/node-left-pad/debian/NOTES && stat -c %i out/node-left-pad/debian/patches/series > inode
@ARGS import npm:left-pad -t debian -o $OUT --registry $REG --force
@STDOUT-HAS debian: left-pad 1.3.0 -> 
@STDERR-LINES 0
@SH cmp $OUT/node-left-pad/debian/changelog changelog.ferry
@SH test -f $OUT/node-left-pad/debian/watch
@SH test "$(cat $OUT/node-left-pad/debian/patches/series)" = fix.patch && test "$(cat $OUT/node-left-pad/debian/NOTES)" = notes
@SH test "$(stat -c %i $OUT/node-left-pad/debian/patches/series)" = "$(cat inode)"
@SH ! grep -q 'patches\|NOTES' $OUT/.ferry/node-left-pad.files && grep -q ' node-left-pad/debian/watch$' $OUT/.ferry/node-left-pad.files
@SH ! "$FERRY" import npm:left-pad -t debian -o $OUT --registry file://$TOP/tests/registry/npm/ 2>err; grep -q 'debian/NOTES: not written by ferry' err && grep -q 'debian/patches: not written by ferry' err && ! grep -q changelog err
@SH test -z "$(ls -A $OUT | grep '^\.ferry-')"
