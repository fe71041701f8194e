# mirror add of an ecosystem the mirror does not serve yet: said
@ARGS mirror add --mirror $OUT --registry $REG crate:itoa@1.0.1
@EXIT 2
@STDERR-HAS the mirror does not serve crate packages yet
@NO-OUTPUT
