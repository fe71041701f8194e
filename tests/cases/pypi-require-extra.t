# an extra marker: the dependency belongs to that extra
@ARGS version require pypi 'rfc3986-validator>0.1.0; extra == "format-nongpl"' --to rpm
@STDOUT
python3dist(rfc3986-validator) > 0.1.0
# only with extra: format-nongpl
@END
