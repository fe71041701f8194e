# a folder with the package's name that ferry did not write (no record):
# refused, named, untouched; nothing else written either
@BEFORE mkdir -p out/node-left-pad/debian && echo mine > out/node-left-pad/debian/control
@ARGS import npm:left-pad -t debian -o $OUT --registry $REG
@EXIT 1
@STDERR-LINES 2
@STDERR-HAS /out/node-left-pad: not written by ferry (no record 
@STDERR-HAS /out: 1 path not as ferry left it; nothing written
@STDERR-HAS /.ferry/node-left-pad.files; --force keeps what in it ferry does not write over)
@SH test "$(cat $OUT/node-left-pad/debian/control)" = mine
@SH test "$(cd $OUT && find . | sort | tr '\n' ' ')" = ". ./node-left-pad ./node-left-pad/debian ./node-left-pad/debian/control "
