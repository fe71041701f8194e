# Fedora's spellings: trailing zeros dropped, ~ pre, ~~ dev, ^ post, E: epoch
@ARGS version translate pypi '1.0rc1' --to rpm
@STDOUT
1~rc1
@END
