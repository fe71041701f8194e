# neither the JSON API nor the Simple API has it: not in the registry, exit 3
@ARGS import pypi:no-such-package -t fedora -o $OUT --registry file://$TOP/tests/registry/pypi/
@EXIT 3
@SH grep -qF "ferry: no-such-package: not in the registry: file://$TOP/tests/registry/pypi/pypi/no-such-package/json: Couldn't open file" $TMP/stderr
@STDERR-LINES 1
@NO-OUTPUT
