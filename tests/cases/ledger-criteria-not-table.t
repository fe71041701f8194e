# a ledger whose criteria is a list, not [criteria.NAME] tables, is refused
# with one line naming the file and the key (found by fuzz_ledger)
@BEFORE mkdir ledger && printf 'criteria = ["safe-to-fly"]\n' > ledger/config.toml
@ARGS approve npm:ledger-demo@1.0.0 --criteria safe-to-run --ledger $TMP/ledger --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS config.toml: criteria: expected [criteria.NAME] tables
@STDERR-LINES 1
