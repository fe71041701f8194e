# PEP 440 normalisation: spellings of one version compare equal
@ARGS version compare pypi '1.0-post1' '1.0.post1'
@STDOUT
0
@END
