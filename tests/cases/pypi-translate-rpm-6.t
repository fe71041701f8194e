# Fedora's spellings: trailing zeros dropped, ~ pre, ~~ dev, ^ post, E: epoch
@ARGS version translate pypi '2.31.0' --to rpm
@STDOUT
2.31
@END
