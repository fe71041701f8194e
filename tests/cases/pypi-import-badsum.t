# the sdist's bytes are not those digests.sha256 names
@ARGS import pypi:h-py-badsum -t fedora -t debian -o $OUT --registry file://$TOP/tests/hostile/pypi/
@EXIT 3
@STDERR-HAS h-py-badsum@1.0.0: sdist: sha256 mismatch
@STDERR-LINES 1
@NO-OUTPUT
