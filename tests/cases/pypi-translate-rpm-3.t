# Fedora's spellings: trailing zeros dropped, ~ pre, ~~ dev, ^ post, E: epoch
@ARGS version translate pypi '1.0.post1' --to rpm
@STDOUT
1^post1
@END
