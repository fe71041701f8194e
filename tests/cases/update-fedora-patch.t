# a spec's PatchN: lines are the packager's patches: each is tried on the
# new upstream source as %autosetup -p1 applies it, in order; one that no
# longer applies (index.js changed under it) is listed, exit 1, the spec
# still updated and the patch file kept
@BEFORE python3 $TOP/tests/fixtures/ledger/mkreg.py reg && "$FERRY" import npm:ledger-demo@1.0.0 -t fedora -o out --registry file://$TMP/reg/ >/dev/null && cd out/nodejs-ledger-demo && sed -i 's/^Source0:.*/&\nPatch0:         notes.patch\nPatch1:         fix.patch/' nodejs-ledger-demo.spec && printf -- '--- /dev/null\n+++ b/NOTES\n@@ -0,0 +1 @@\n+packager notes\n' > notes.patch && printf -- '--- a/index.js\n+++ b/index.js\n@@ -1 +1 @@\n-module.exports = function (s) { return s; };\n+module.exports = function (s) { return s || ""; };\n' > fix.patch
@ARGS update $OUT/nodejs-ledger-demo --to 1.1.0 --registry file://$TMP/reg/
@EXIT 1
@STDOUT-HAS (1 file merged with your edits, 0 conflicts; 2 patches tried)
@STDOUT-HAS patch: 
@STDOUT-HAS /out/nodejs-ledger-demo/fix.patch: does not apply to 1.1.0:
@STDOUT-LACKS notes.patch: does not apply
@STDERR-HAS 0 conflicts and 1 patch failing to resolve
@FILE-HAS nodejs-ledger-demo/nodejs-ledger-demo.spec Patch1:         fix.patch
@FILE-HAS nodejs-ledger-demo/nodejs-ledger-demo.spec Version:        1.1.0
@SH test -e $OUT/nodejs-ledger-demo/fix.patch && test -e $OUT/nodejs-ledger-demo/notes.patch
