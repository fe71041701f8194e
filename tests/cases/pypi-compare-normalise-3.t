# PEP 440 normalisation: spellings of one version compare equal
@ARGS version compare pypi 'v1.0' '1.0.0'
@STDOUT
0
@END
