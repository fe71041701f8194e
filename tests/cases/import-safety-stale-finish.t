# what a run killed (SIGKILL) after placing its new tree but before its
# record left: the old record aside in .ferry-old-S, the new one still in
# .ferry-new-S.  The next run puts the new record in place (without it the
# tree would look foreign), removes the temporaries and imports as usual
@BEFORE "$FERRY" import npm:left-pad -t debian -o out --registry $REG >/dev/null && n=out/.ferry-new-dead02 o=out/.ferry-old-dead02 && mkdir -p $n/tree $n/rec $o/tree/node-left-pad $o/rec && cp out/.ferry/node-left-pad.files $n/rec/ && mv out/.ferry/node-left-pad.files $o/rec/ && echo old > $o/tree/node-left-pad/x
@ARGS import npm:left-pad -t debian -o $OUT --registry $REG
@STDERR-LINES 0
@STDOUT-HAS debian: left-pad 1.3.0 -> 
@SH test -s $OUT/.ferry/node-left-pad.files
@SH test -z "$(ls -A $OUT | grep '^\.ferry-')"
