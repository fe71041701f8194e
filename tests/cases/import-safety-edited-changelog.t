# a packager's edit of debian/changelog since ferry wrote it: the re-import
# refuses (exit 1), names the file, writes nothing; the edit is intact
@BEFORE "$FERRY" import npm:left-pad -t debian -o out --registry $REG >/dev/null && echo '  * packager: a line of mine' >> out/node-left-pad/debian/changelog && (cd out && find . -type f | sort | xargs sha256sum) > sums
@ARGS import npm:left-pad -t debian -o $OUT --registry $REG
@EXIT 1
@STDERR-LINES 2
@STDERR-HAS ferry: left-pad: 
@STDERR-HAS /out/node-left-pad/debian/changelog: changed since ferry wrote it (--force replaces it)
@STDERR-HAS /out: 1 path not as ferry left it; nothing written
@FILE-HAS node-left-pad/debian/changelog   * packager: a line of mine
@SH cd $OUT && find . -type f | sort | xargs sha256sum | cmp - ../sums
@SH test -z "$(ls -A $OUT | grep '^\.ferry-')"
@STDOUT-LACKS left-pad
