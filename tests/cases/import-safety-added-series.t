# a file the packager added (debian/patches/series): the re-import refuses,
# names it, and it survives; a changed mode counts as an edit too
@BEFORE "$FERRY" import npm:left-pad -t debian -o out --registry $REG >/dev/null && mkdir out/node-left-pad/debian/patches && echo fix.patch > out/node-left-pad/debian/patches/series && chmod 0600 out/node-left-pad/debian/watch
@ARGS import npm:left-pad -t debian -o $OUT --registry $REG
@EXIT 1
@STDERR-LINES 3
@STDERR-HAS /out/node-left-pad/debian/patches: not written by ferry (--force keeps it)
@STDERR-HAS /out/node-left-pad/debian/watch: changed since ferry wrote it
@STDERR-HAS 2 paths not as ferry left them; nothing written
@SH test "$(cat $OUT/node-left-pad/debian/patches/series)" = fix.patch
@SH test "$(stat -c %a $OUT/node-left-pad/debian/watch)" = 600
@SH test -z "$(ls -A $OUT | grep '^\.ferry-')"
