# signed with a key that is not among the ledger's maintainers: reported
# and ignored
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@BEFORE mkdir -m 700 other && GNUPGHOME=$TMP/other gpg --batch --quiet --passphrase '' --quick-gen-key 'Other <o@example.invalid>' ed25519 sign never 2>/dev/null
@BEFORE { GNUPGHOME=$TMP/other $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.0.0 --criteria safe-to-run; } >/dev/null
@ARGS vet check npm:ledger-demo@1.0.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TMP/reg/
@EXIT 1
@STDERR-HAS audits/npm/ledger-demo/1.0.0-
@STDERR-HAS which is not among the maintainers' keys (entry ignored)
@STDOUT-HAS not vetted for safe-to-run
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
@SH gpgconf --homedir $TMP/other --kill gpg-agent
