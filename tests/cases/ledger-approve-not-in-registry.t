# approve of a version of a package the registry does not have: input
# rejected (exit 3), nothing written to the ledger
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP
@ARGS approve npm:no-such-package@1.0.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TMP/reg/
@ENV GNUPGHOME=$TMP/gnupg
@EXIT 3
@STDERR-LINES 1
@STDERR-HAS ferry: no-such-package: not in the registry: 
@NO-OUTPUT
@SH test ! -e $TMP/ledger/audits/npm/no-such-package
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
