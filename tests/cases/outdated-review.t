# --ledger and --cost: for what is behind, whether the ledger vets the
# newest release of its series (1.2.0, approved as a delta from 1.0.0)
# and the review cost of the delta from the distribution's version, on
# both artifacts (4 changed lines)
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE sh $TOP/tests/fixtures/ledger/setup.sh $TMP && { GNUPGHOME=$TMP/gnupg "$FERRY" approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.0.0 --criteria safe-to-deploy && GNUPGHOME=$TMP/gnupg "$FERRY" approve --ledger $TMP/ledger --registry file://$TMP/reg/ npm:ledger-demo@1.2.0 --delta-from 1.0.0 --criteria safe-to-deploy; } >/dev/null
@ARGS outdated --distro-index $TOP/tests/distro/outdated/Packages --eco npm --registry npm=file://$TMP/reg/ --ledger $TMP/ledger --cost
@STDOUT-HAS STATUS    VETTED REVIEW COST
@STDOUT-HAS 2.0.0          behind    yes    4: 4 lines
@STDOUT-LACKS itoa
@SH gpgconf --homedir $TMP/gnupg --kill gpg-agent
