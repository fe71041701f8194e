# --force never overwrites a file ferry did not write: a folder of the
# package's name without a record, where ferry would write debian/control,
# still refuses, saying to move it away; nothing is written
@BEFORE mkdir -p out/node-left-pad/debian && echo mine > out/node-left-pad/debian/control
@ARGS import npm:left-pad -t debian -o $OUT --registry $REG --force
@EXIT 1
@STDERR-LINES 2
@STDERR-HAS /out/node-left-pad: not written by ferry (no record 
@STDERR-HAS and ferry writes there: move it away (ferry never overwrites it, not even with --force)
@SH test "$(cat $OUT/node-left-pad/debian/control)" = mine
@SH test "$(cd $OUT && find . | sort | tr '\n' ' ')" = ". ./node-left-pad ./node-left-pad/debian ./node-left-pad/debian/control "
