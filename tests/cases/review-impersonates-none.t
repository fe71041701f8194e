# no typosquat finding, no comparison: lefd-pad shares left-pad's maintainer; left-pad is popular itself; colorama2 has colorama's author
@ARGS review npm:lefd-pad@1.0.0 --registry file://$TOP/tests/review/npm/
@STDOUT-LACKS impersonates
@SH $FERRY review npm:left-pad@1.3.0 --registry file://$TOP/tests/review/npm/ --json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["impersonates"] is None, d'
@SH $FERRY review pypi:colorama2@0.1.0 --registry file://$TOP/tests/review/pypi/ | grep -c impersonates | grep -qx 0
