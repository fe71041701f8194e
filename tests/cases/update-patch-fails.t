# a packager's patch that no longer applies to the new upstream source
# (index.js changed under it) is listed with GNU patch's words, exit 1;
# the tree is still updated and the patch kept as it was
@BEFORE python3 $TOP/tests/fixtures/ledger/mkreg.py reg && "$FERRY" import npm:ledger-demo@1.0.0 -t debian -o out --registry file://$TMP/reg/ >/dev/null && mkdir -p out/node-ledger-demo/debian/patches && printf 'fix.patch\n' > out/node-ledger-demo/debian/patches/series && printf -- '--- a/index.js\n+++ b/index.js\n@@ -1 +1 @@\n-module.exports = function (s) { return s; };\n+module.exports = function (s) { return s || ""; };\n' > out/node-ledger-demo/debian/patches/fix.patch && cp out/node-ledger-demo/debian/patches/fix.patch fix.copy
@ARGS update $OUT/node-ledger-demo --to 1.1.0 --registry file://$TMP/reg/
@EXIT 1
@STDOUT-HAS patch: 
@STDOUT-HAS /out/node-ledger-demo/debian/patches/fix.patch: does not apply to 1.1.0:
@STDERR-HAS 0 conflicts and 1 patch failing to resolve
@FILE-HAS node-ledger-demo/debian/changelog node-ledger-demo (1.1.0-1) UNRELEASED
@SH cmp $OUT/node-ledger-demo/debian/patches/fix.patch fix.copy
