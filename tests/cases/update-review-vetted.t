# with review required, update moves to the newest vetted version (1.1.0,
# by a delta from the audited 1.0.0; 1.2.0 and 2.0.0 are not vetted), and
# the new changelog entry names the audit that vetted it
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP && "$FERRY" import npm:ledger-demo@1.0.0 -t debian -o out --registry file://$TMP/reg/ >/dev/null && { GNUPGHOME=$TMP/gnupg "$FERRY" approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.0.0 --criteria safe-to-deploy && GNUPGHOME=$TMP/gnupg "$FERRY" approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.1.0 --delta-from 1.0.0 --criteria safe-to-deploy; } >/dev/null
@ARGS update $OUT/node-ledger-demo --require-review --ledger $TMP/ledger --registry file://$TMP/reg/ --distribution unstable
@STDOUT-HAS debian: ledger-demo 1.0.0 -> 1.1.0: 
@FILE-HAS node-ledger-demo/debian/changelog node-ledger-demo (1.1.0-1) unstable; urgency=medium
@FILE-HAS node-ledger-demo/debian/changelog   * Reviewed: delta 1.0.0..1.1.0, audit
@FILE-HAS node-ledger-demo/debian/changelog     audits/npm/ledger-demo/1.0.0..1.1.0-
@FILE-HAS node-ledger-demo/debian/changelog <t@example.invalid>.
@SH dpkg-parsechangelog -l $OUT/node-ledger-demo/debian/changelog -S Changes | grep -q 'Reviewed: delta 1.0.0..1.1.0'
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
