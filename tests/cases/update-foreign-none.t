# neither a tree ferry wrote nor a Debian source tree: refused with one
# line, nothing written
@BEFORE mkdir -p out/stuff && echo mine > out/stuff/notes
@ARGS update $OUT/stuff
@EXIT 3
@STDERR-HAS /out/stuff: no record of ferry's (
@STDERR-HAS and no debian/changelog: neither a tree ferry import wrote nor a Debian source tree
@STDERR-LINES 1
@SH test "$(cat $OUT/stuff/notes)" = mine && test ! -e $OUT/.ferry
