# a record edited to name a path outside its tree: refused with one line
# naming the record, its line and why; nothing is read or written there
@BEFORE "$FERRY" import npm:left-pad -t debian -o out --registry $REG >/dev/null && echo precious > victim && printf 'ferry-files 1\n0644 %s node-left-pad/../../victim\n' $(sha256sum victim | cut -c1-64) > out/.ferry/node-left-pad.files && (cd out && find . -type f | sort | xargs sha256sum) > sums
@ARGS import npm:left-pad -t debian -o $OUT --registry $REG --force
@EXIT 3
@STDERR-LINES 1
@STDERR-HAS /out/.ferry/node-left-pad.files: line 2: the path is not a clean path inside its entry: not a record ferry wrote
@SH test "$(cat victim)" = precious
@SH cd $OUT && find . -type f | sort | xargs sha256sum | cmp - ../sums
@SH test -z "$(ls -A $OUT | grep '^\.ferry-')"
