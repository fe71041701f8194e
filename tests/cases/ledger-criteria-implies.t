# criteria declared in config.toml imply others, transitively:
# crypto-reviewed -> safe-to-deploy -> safe-to-run
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@BEFORE printf '[criteria.crypto-reviewed]\ndescription = "crypto checked"\nimplies = ["safe-to-deploy"]\n' >$TMP/ledger/config.toml
@BEFORE { GNUPGHOME=$TMP/gnupg $FERRY approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.0.0 --criteria crypto-reviewed; } >/dev/null
@ARGS vet check npm:ledger-demo@1.0.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TMP/reg/
@STDOUT-HAS npm:ledger-demo@1.0.0: vetted for safe-to-run
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
