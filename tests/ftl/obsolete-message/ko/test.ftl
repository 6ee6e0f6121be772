hello = 안녕하세요

# No longer used.
bye = 안녕히 가세요
