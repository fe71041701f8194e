# Fedora's Rust form: a caret range bounds below the next major's pre-releases
@ARGS version range crate '^1.2.3' --to rpm --name foo/serde
@STDOUT
(crate(foo/serde) >= 1.2.3 with crate(foo/serde) < 2.0.0~)
@END
