@ARGS version range npm '^1.2.3' --to rpm --name foo
@STDOUT
(npm(foo) >= 1.2.3 with npm(foo) < 2.0.0~)
@END
