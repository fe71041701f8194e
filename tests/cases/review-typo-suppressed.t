# lefd-pad is left-pad's maintainer's: no finding; lfet-pad (a transposition) is someone else's
@ARGS review npm:lefd-pad@1.0.0 --registry file://$TOP/tests/review/npm/
@STDOUT-LACKS typosquat
@SH $FERRY review npm:lfet-pad@1.0.0 --registry file://$TOP/tests/review/npm/ | grep -F 'the name lfet-pad imitates left-pad (edit distance 1), with none of its maintainers'
@SH $FERRY review npm:left-pad@1.3.0 --registry file://$TOP/tests/review/npm/ | grep -c typosquat | grep -qx 0
