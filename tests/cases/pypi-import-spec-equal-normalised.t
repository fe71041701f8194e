# 1.0.0 asks for the release published as 1.0 (PEP 440: the same version)
@ARGS import pypi:t-py-multi@1.0.0 -t fedora -o $OUT --registry file://$TOP/tests/hostile/pypi/
@STDOUT-HAS fedora: t-py-multi 1.0 ->
