# lodahs imitates lodash, which this registry does not hold: one line, the finding stays
@ARGS review npm:lodahs@1.0.0 --registry file://$TOP/tests/review/npm/ --fail-on high
@EXIT 1
@STDOUT-HAS   high   typosquat           the name lodahs imitates lodash (edit distance 1)
@STDOUT-HAS impersonates: lodash: not in this registry; no comparison
@STDOUT-LACKS files: 0 only
@SH $FERRY review npm:lodahs@1.0.0 --registry file://$TOP/tests/review/npm/ --json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["impersonates"]=={"name":"lodash","found":False,"why":"not in this registry"}, d["impersonates"]; assert any(f["rule"]=="typosquat" for f in d["findings"])'
