# Cargo's config.toml that cannot be read is an error, not an absent file
@BEFORE mkdir -p .cargo/config.toml
@ARGS import crate:itoa -t fedora -o $OUT
@EXIT 4
@STDERR-HAS ferry: .cargo/config.toml: cannot read: Is a directory
@STDERR-LINES 1
@NO-OUTPUT
