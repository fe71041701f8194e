# one byte of a signed entry changed (the delta's start, 1.0.0 -> 1.0.1):
# the entry is reported, named, and ignored, so the chain breaks
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@BEFORE { GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.0.0 --criteria safe-to-run && GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.1.0 --delta-from 1.0.0 --criteria safe-to-run; } >/dev/null
@BEFORE sed -i 's/^delta-from = "1.0.0"/delta-from = "1.0.1"/' $TMP/ledger/audits/npm/ledger-demo/1.0.0..1.1.0-*.toml && grep -q '"1.0.1"' $TMP/ledger/audits/npm/ledger-demo/1.0.0..1.1.0-*.toml
@ARGS vet check npm:ledger-demo@1.1.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TMP/reg/
@EXIT 1
@STDERR-HAS audits/npm/ledger-demo/1.0.0..1.1.0-
@STDERR-HAS bad signature
@STDERR-HAS (entry ignored)
@STDERR-LINES 2
@STDOUT-HAS not vetted for safe-to-run
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
