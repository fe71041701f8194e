# A crate's "MIT OR Apache-2.0": the Expat paragraph carries LICENSE-MIT's
# text, Apache-2.0 points to common-licenses, and Apache's own template
# lines ("Copyright [yyyy] ...", "(c) You must retain") are no holders
@BEFORE python3 $TOP/tests/hostile/make_content.py reg
@ARGS import crate:c-dual -t debian -o $OUT --registry file://$TMP/reg/crates/
@FILE-HAS rust-c-dual/debian/copyright Copyright: 2016 The Dual Developers
@FILE-HAS rust-c-dual/debian/copyright License: Expat or Apache-2.0
@FILE-HAS rust-c-dual/debian/copyright  Permission is hereby granted, free of charge, to any person obtaining a copy
@FILE-LACKS rust-c-dual/debian/copyright You must retain
@FILE-LACKS rust-c-dual/debian/copyright yyyy
@FILE-LACKS rust-c-dual/debian/copyright The full text is in the upstream file
