@ARGS version translate npm v2.0.0-rc-1 --to deb
@STDOUT
2.0.0~rc+1
@END
