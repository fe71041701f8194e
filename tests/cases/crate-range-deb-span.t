# a range across majors: one alternative per major, highest first, bounds only where the package name does not imply them
@ARGS version range crate '>=1.2.3, <3.1' --to deb --name foo
@STDOUT
librust-foo-3-dev (<< 3.1-~~) | librust-foo-2-dev | librust-foo-1-dev (>= 1.2.3-~~)
@END
