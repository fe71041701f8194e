# a record whose origin line holds a control byte (an escape sequence for
# the terminal that prints it): refused with one line naming the record,
# its line and why; nothing written
@BEFORE "$FERRY" import npm:left-pad -t debian -o out --registry $REG >/dev/null && sed -i '2s/^origin npm /origin npm \x1b[2J/' out/.ferry/node-left-pad.files && (cd out && find . -type f | sort | xargs sha256sum) > sums
@ARGS import npm:left-pad -t debian -o $OUT --registry $REG --force
@EXIT 3
@STDERR-LINES 1
@STDERR-HAS /out/.ferry/node-left-pad.files: line 2: the origin is not printable words one space apart: not a record ferry wrote
@SH cd $OUT && find . -type f | sort | xargs sha256sum | cmp - ../sums
