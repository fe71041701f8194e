# a criteria the ledger does not declare is a usage error; nothing written
@BEFORE mkdir ledger
@ARGS approve npm:ledger-demo@1.0.0 --criteria safe-to-fly --ledger $TMP/ledger --registry file://$TMP/reg/
@EXIT 2
@STDERR-HAS criteria 'safe-to-fly' is not declared in the ledger
@SH test -z "$(ls -A $TMP/ledger)"
