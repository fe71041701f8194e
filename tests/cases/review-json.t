# --json: one document, findings sorted high first
@ARGS review npm:eslint-scope@3.7.1..3.7.2 --registry file://$TOP/tests/review/npm/ --json
@SH $FERRY review npm:eslint-scope@3.7.1..3.7.2 --registry file://$TOP/tests/review/npm/ --json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["worst"]=="high" and d["old"]["version"]=="3.7.1" and d["findings"][0]["severity"]=="high" and any(f["path"]=="lib/build.js" and f["status"]=="A" for f in d["files"]), d'
@STDOUT-HAS   "ecosystem": "npm",
