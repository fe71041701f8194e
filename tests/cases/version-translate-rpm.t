@ARGS version translate npm 1.0.0-beta.1+build.5 --to rpm
@STDOUT
1.0.0~beta.1
@END
