# an imported audit does not count without --trust-imports
@BEFORE mkdir ledger && $FERRY vet import $TOP/tests/fixtures/ledger/audits.toml --from cargo-vet --ledger $TMP/ledger >/dev/null
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS vet check crate:itoa@1.0.1 --criteria safe-to-deploy --ledger $TMP/ledger --registry file://$TOP/tests/registry/crates/
@EXIT 1
@STDOUT-HAS counts only with --trust-imports
@STDOUT-HAS crate:itoa@1.0.1: not vetted for safe-to-deploy
