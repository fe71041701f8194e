# Fedora's spellings: trailing zeros dropped, ~ pre, ~~ dev, ^ post, E: epoch
@ARGS version translate pypi '1.0.dev1' --to rpm
@STDOUT
1~~dev1
@END
