@ARGS version translate crate 1.0.0-rc.1 --to deb
@STDOUT
1.0.0~rc.1
@END
