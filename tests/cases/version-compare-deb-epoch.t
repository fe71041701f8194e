# the epoch and a repack suffix go too: 2:4.3.4+~cs4.1.7-1 carries 4.3.4
@ARGS version compare npm 4.3.4 '2:4.3.4+~cs4.1.7-1' --to deb
@STDOUT
0
@END
