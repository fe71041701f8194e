# four imports of one package into one new folder at once, two packagers:
# each ends well (exit 0: the later ones wait for the lock and find what
# the earlier wrote as ferry left it), no temporary is left, the tree is one
# run's whole, and a plain import after them finds every record true
@BEFORE for p in A B A B; do "$FERRY" import npm:left-pad -t fedora -t debian -o out --registry $REG --packager "$p <x@example.org>" >/dev/null 2>>errs & done; for j in $(jobs -p); do wait $j; echo $? >> rcs; done
@ARGS import npm:left-pad -t fedora -t debian -o $OUT --registry $REG
@STDERR-LINES 0
@SH test "$(sort rcs | tr '\n' ' ')" = "0 0 0 0 "
@SH ! grep -v 'waiting for another ferry run on' errs
@SH test -z "$(ls -A $OUT | grep '^\.ferry-')"
@SH test "$(ls $OUT/.ferry | tr '\n' ' ')" = "base lock node-left-pad.files node-left-pad_1.3.0.orig.tar.gz.files nodejs-left-pad.files "
