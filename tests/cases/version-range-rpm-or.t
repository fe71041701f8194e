# || becomes "or"; 0.x carets stop at the minor; pre-release bounds keep ~
@ARGS version range npm '^0.2.3 || >=1.0.0-beta.2 <1.1' --to rpm --name foo
@STDOUT
((npm(foo) >= 0.2.3 with npm(foo) < 0.3.0~) or (npm(foo) >= 1.0.0~beta.2 with npm(foo) < 1.1.0~))
@END
