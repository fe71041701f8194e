# ~1.2.3 stays within 1.2: debcargo's major.minor virtual package
@ARGS version range crate '~1.2.3' --to deb --name foo
@STDOUT
librust-foo-1.2-dev (>= 1.2.3-~~)
@END
