# a folder without ferry's record is not a tree ferry wrote: refused with
# one line naming the record it looked for, nothing written
@BEFORE mkdir -p out/node-x/debian && echo mine > out/node-x/debian/control
@ARGS update $OUT/node-x
@EXIT 3
@STDERR-HAS /out/node-x: no record of ferry's (
@STDERR-HAS /out/.ferry/node-x.files): not a tree ferry import wrote
@STDERR-LINES 1
@SH test "$(cat $OUT/node-x/debian/control)" = mine && test ! -e $OUT/.ferry
