# debcargo: the semver-major virtual package implies the upper bound
@ARGS version range crate '^1.2.3' --to deb --name foo_bar/derive
@STDOUT
librust-foo-bar-1+derive-dev (>= 1.2.3-~~)
@END
