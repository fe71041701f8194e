@ARGS version compare npm 1.0.0-alpha.10 1.0.0-alpha.9
@STDOUT
1
@END
