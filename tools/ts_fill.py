#!/usr/bin/env python3
"""Fill a Qt Linguist file from a tab-separated glossary.

Usage: ts_fill.py FILE.ts GLOSSARY.tsv

GLOSSARY.tsv holds lines "source<TAB>translation" with the source text exactly as written in
the code (after XML unescaping). Every unfinished message whose source is listed gets that
translation; the script prints the sources still missing so none is forgotten.
"""
import html
import re
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    glossary = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#") or "\t" not in line:
            continue
        src, dst = line.split("\t", 1)
        glossary[src.replace("\\n", "\n")] = dst.replace("\\n", "\n")
    text = open(sys.argv[1], encoding="utf-8").read()
    missing = []
    msg = re.compile(r"(<message(?: numerus=\"yes\")?>\s*<source>(.*?)</source>(?:(?!</message>).)*?)"
                     r"<translation type=\"unfinished\"(?:/>|>(.*?)</translation>)", re.S)

    def repl(m):
        src = html.unescape(m.group(2))
        if src not in glossary:
            missing.append(src)
            return m.group(0)
        dst = html.escape(glossary[src], quote=False)
        if "numerus=\"yes\"" in m.group(1):
            return m.group(1) + "<translation><numerusform>" + dst + "</numerusform></translation>"
        return m.group(1) + "<translation>" + dst + "</translation>"

    text = msg.sub(repl, text)
    open(sys.argv[1], "w", encoding="utf-8").write(text)
    for src in missing:
        print("missing:", src.replace("\n", "\\n"))


if __name__ == "__main__":
    main()
