# npm's rule: a pre-release only matches a comparator naming one of the same x.y.z
@ARGS version satisfies npm '^1.2.3' 1.2.4-beta
@EXIT 1
@STDOUT
no
@END
