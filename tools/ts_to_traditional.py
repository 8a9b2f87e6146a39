#!/usr/bin/env python3
"""Make a Traditional Chinese (Taiwan) Qt Linguist file from a Simplified Chinese one.

Usage: ts_to_traditional.py IN_zh_CN.ts OUT_zh_TW.ts

Every finished <translation> is converted with OpenCC's s2twp profile (Taiwan phrases);
unfinished ones stay unfinished so lupdate/linguist still show them as open.
"""
import re
import subprocess
import sys


def convert(texts):
    if not texts:
        return []
    joined = "\n\u2063\n".join(texts)
    out = subprocess.run(["opencc", "-c", "s2twp.json"], input=joined.encode("utf-8"),
                         stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    parts = out.split("\n\u2063\n")
    if len(parts) != len(texts):
        sys.exit("opencc changed the number of messages")
    return parts


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src = open(sys.argv[1], encoding="utf-8").read()
    pattern = re.compile(r"<translation>(.*?)</translation>", re.S)
    texts = [m.group(1) for m in pattern.finditer(src)]
    converted = iter(convert(texts))
    out = pattern.sub(lambda m: "<translation>" + next(converted) + "</translation>", src)
    out = out.replace('language="zh_CN"', 'language="zh_TW"')
    open(sys.argv[2], "w", encoding="utf-8").write(out)


if __name__ == "__main__":
    main()
