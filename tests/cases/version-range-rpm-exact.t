@ARGS version range npm '=1.2.3' --to rpm --name @scope/x
@STDOUT
npm(@scope/x) = 1.2.3
@END
