# what a run killed (SIGKILL) half way through its commit left: the old
# tree moved aside into .ferry-old-S, the packager's debian/patches already
# carried into the new tree in .ferry-new-S, debian/NOTES not yet, the new
# tree not placed.  The next run puts the old tree back whole, with both,
# removes the temporaries, and then refuses because of the packager's files
@BEFORE "$FERRY" import npm:left-pad -t debian -o out --registry $REG >/dev/null && n=out/.ferry-new-dead01 o=out/.ferry-old-dead01 && mkdir -p $n/tree $n/rec $o/tree $o/rec && cp -a out/node-left-pad $n/tree/ && cp out/.ferry/node-left-pad.files $n/rec/ && mkdir $n/tree/node-left-pad/debian/patches && echo fix.patch > $n/tree/node-left-pad/debian/patches/series && mv out/node-left-pad $o/tree/ && echo notes > $o/tree/node-left-pad/debian/NOTES
@ARGS import npm:left-pad -t debian -o $OUT --registry $REG
@EXIT 1
@STDERR-LINES 3
@STDERR-HAS /out/node-left-pad/debian/NOTES: not written by ferry (--force keeps it)
@STDERR-HAS /out/node-left-pad/debian/patches: not written by ferry (--force keeps it)
@SH test "$(cat $OUT/node-left-pad/debian/patches/series)" = fix.patch && test "$(cat $OUT/node-left-pad/debian/NOTES)" = notes
@SH test -f $OUT/node-left-pad/debian/control
@SH test -z "$(ls -A $OUT | grep '^\.ferry-')"
