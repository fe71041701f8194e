# Cargo's 0.0.x caret admits only that patch
@ARGS version range crate '^0.0.3' --to rpm --name foo
@STDOUT
(crate(foo) >= 0.0.3 with crate(foo) < 0.0.4~)
@END
