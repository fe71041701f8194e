# an artifact that does not match the registry's digest is refused (exit 3)
@BEFORE mkdir -p r/- && cp $TOP/tests/review/npm/ms r/ && cp $TOP/tests/review/npm/-/ms-2.1.2.tgz $TOP/tests/review/npm/-/ms-2.1.3.tgz r/-/ && printf x >> r/-/ms-2.1.3.tgz
@ARGS review npm:ms@2.1.2..2.1.3 --registry file://$TMP/r/
@EXIT 3
@STDERR-HAS ms@2.1.3: tarball
@STDERR-LINES 1
