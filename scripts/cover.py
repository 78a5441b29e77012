#!/usr/bin/env python3
"""cover.py FILE: print the subject and blurb of a git cover letter as a
branch description (first line subject, blank line, then the body)."""
import re
import sys

text = open(sys.argv[1], encoding='utf-8').read()
head, _, body = text.partition('\n\n')
subject = re.search(r'^Subject: (.*(?:\n .*)*)', head, re.M).group(1)
subject = re.sub(r'\s*\n\s*', ' ', subject)
subject = re.sub(r'^\[[^]]*\]\s*', '', subject)
lines = body.split('\n')
end = next(i for i, l in enumerate(lines) if re.match(r'^\S.* \(\d+\):$', l))
blurb = '\n'.join(lines[:end]).strip('\n')
print(subject + '\n\n' + blurb)
