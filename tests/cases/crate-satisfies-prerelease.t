# Cargo's pre-release rule: a comparator must name a pre-release of the same major.minor.patch
@ARGS version satisfies crate '>=1.2.3-alpha' 1.2.4-alpha
@EXIT 1
@STDOUT
no
@END
