# a registry that never signed: unsigned versions are no finding
@ARGS review npm:wrap-ansi@7.0.0 --registry $REG --no-diff
@STDOUT-HAS registry signature: none
@STDOUT-LACKS signature-missing
