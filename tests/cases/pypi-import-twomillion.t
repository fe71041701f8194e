# a PyPI JSON API document of two million empty releases: refused by its
# memory budget (convert/jsonmem.h)
@BEFORE mkdir -p reg/pypi/x && python3 -c 'import sys; sys.stdout.write("{\"info\":{\"name\":\"x\",\"version\":\"0\"},\"releases\":{" + ",".join("\"%d\":[]" % i for i in range(2000000)) + "}}")' > reg/pypi/x/json
@ARGS import pypi:x -t fedora -o $OUT --registry file://$TMP/reg/
@EXIT 3
@STDERR-HAS ferry: x: JSON API: needs more than
@STDERR-LINES 1
@NO-OUTPUT
