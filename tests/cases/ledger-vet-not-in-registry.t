# vet check of a package the registry does not have: input rejected
# (exit 3, "not in the registry"), as for import, not a network failure
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@ARGS vet check npm:no-such-package@1.0.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TMP/reg/
@EXIT 3
@STDERR-LINES 1
@STDERR-HAS ferry: no-such-package: not in the registry: 
@NO-OUTPUT
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
