@ARGS version satisfies pypi '>1.0' 1.0.post1
@EXIT 1
@STDOUT
no
@END
