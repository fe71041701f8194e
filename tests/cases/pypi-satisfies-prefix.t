# ==1.0.* matches 1.0's pre- and post-releases when pre-releases are admitted
@ARGS version satisfies pypi '==1.0.*,>=1.0a1' 1.0a2
@STDOUT
yes
@END
