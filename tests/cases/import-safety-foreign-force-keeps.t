# --force into a folder of the package's name that ferry did not write,
# where nothing the packager put there is in ferry's way: all of it is
# carried into the new tree untouched, ferry's files beside it, and only
# ferry's are in the record
@BEFORE mkdir -p out/node-left-pad/debian/patches && echo fix.patch > out/node-left-pad/debian/patches/series && echo notes > out/node-left-pad/NOTES
@ARGS import npm:left-pad -t debian -o $OUT --registry $REG --force
@STDERR-LINES 0
@STDOUT-HAS debian: left-pad 1.3.0 -> 
@SH test "$(cat $OUT/node-left-pad/debian/patches/series)" = fix.patch && test "$(cat $OUT/node-left-pad/NOTES)" = notes
@SH test -f $OUT/node-left-pad/debian/control
@SH ! grep -q 'NOTES\|patches' $OUT/.ferry/node-left-pad.files
@SH test -z "$(ls -A $OUT | grep '^\.ferry-')"
