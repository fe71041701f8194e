# --force never overwrites a file ferry did not write: in a folder of the
# package's name without a record, debian/control (where ferry writes)
# still refuses, saying to move it away; NOTES alone would be kept; nothing
# is written
@BEFORE mkdir -p out/node-left-pad/debian && echo mine > out/node-left-pad/debian/control && echo notes > out/node-left-pad/NOTES
@ARGS import npm:left-pad -t debian -o $OUT --registry $REG --force
@EXIT 1
@STDERR-LINES 2
@STDERR-HAS /out/node-left-pad/debian/control: not written by ferry, and ferry writes there: move it away (ferry never overwrites it, not even with --force)
@STDERR-HAS /out: 1 path not as ferry left it; nothing written
@SH test "$(cat $OUT/node-left-pad/debian/control)" = mine
@SH test "$(cd $OUT && find . | sort | tr '\n' ' ')" = ". ./node-left-pad ./node-left-pad/NOTES ./node-left-pad/debian ./node-left-pad/debian/control "
