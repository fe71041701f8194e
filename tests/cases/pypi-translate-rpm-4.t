# Fedora's spellings: trailing zeros dropped, ~ pre, ~~ dev, ^ post, E: epoch
@ARGS version translate pypi '1!2.0' --to rpm
@STDOUT
1:2
@END
