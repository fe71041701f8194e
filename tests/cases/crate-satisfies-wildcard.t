@ARGS version satisfies crate '1.2.*' 1.2.9
@STDOUT
yes
@END
