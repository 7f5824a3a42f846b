#!/usr/bin/env python3
"""Moves translations between the Qt Linguist source and a plain TSV table.

    tsv.py export [--unfinished] [--ts FILE] OUT.tsv   write the strings (only the untranslated
                                                        ones with --unfinished) to a table
    tsv.py import [--ts FILE] IN.tsv [IN2.tsv ...]      put the table's translations into the
                                                        .ts and mark them finished
    tsv.py stats [--ts FILE]                            count finished and unfinished strings

The table has one string a line, columns separated by a tab:

    context <TAB> source <TAB> translation [<TAB> comment]

A newline inside a string is written \\n, a tab \\t, a backslash \\\\. The context "*" matches
every context (for words that read the same everywhere); it fills only untranslated strings,
and a row with the real context wins.
Plural strings (with %n) need one form in Chinese: the translation column is that form. Lines
starting with # are ignored.

The usual pass after the code changed:

    translations/update.sh
    python3 translations/tsv.py export --unfinished /tmp/todo.tsv
    (write the third column of /tmp/todo.tsv; where it is already filled, that is lupdate's
     guess from the same English elsewhere: check it, it is imported as it stands)
    python3 translations/tsv.py import /tmp/todo.tsv

The default .ts is translations/qualityloop_zh_CN.ts. After an import the file is written back
in lupdate's own layout (through lconvert when it is available), so update.sh leaves it as is.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TS = os.path.join(HERE, "qualityloop_zh_CN.ts")


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            n = text[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def messages(root):
    """Yields (context name, message element) for every message that is not obsolete."""
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            yield name, msg


def translation_text(msg):
    tr = msg.find("translation")
    if tr is None:
        return ""
    if msg.get("numerus") == "yes":
        forms = [f.text or "" for f in tr.findall("numerusform")]
        return forms[0] if forms else ""
    return tr.text or ""


def is_finished(msg):
    tr = msg.find("translation")
    return tr is not None and tr.get("type") is None and translation_text(msg) != ""


def load(ts):
    return ET.parse(ts)


def save(tree, ts):
    fd, tmp = tempfile.mkstemp(suffix=".ts")
    os.close(fd)
    try:
        with open(tmp, "wb") as f:
            f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(f, encoding="utf-8", xml_declaration=False)
            f.write(b"\n")
        lconvert = os.environ.get("LCONVERT") or shutil.which("lconvert") or "/usr/lib/qt6/bin/lconvert"
        if os.path.exists(lconvert) or shutil.which(lconvert):
            subprocess.run([lconvert, "-locations", "none", "-no-obsolete", "-i", tmp, "-o", ts], check=True)
        else:
            shutil.copyfile(tmp, ts)
    finally:
        os.unlink(tmp)


def cmd_export(args):
    tree = load(args.ts)
    n = 0
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# context\tsource\ttranslation\tcomment\n")
        for ctx, msg in messages(tree.getroot()):
            if args.unfinished and is_finished(msg):
                continue
            cols = [ctx, msg.findtext("source") or "", translation_text(msg)]
            comment = msg.findtext("comment") or ""
            if comment:
                cols.append(comment)
            f.write("\t".join(escape(c) for c in cols) + "\n")
            n += 1
    print(f"{n} string(s) written to {args.out}")


def read_tables(paths):
    exact, anywhere = {}, {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                cols = line.split("\t")
                if len(cols) < 3:
                    sys.exit(f"{path}:{lineno}: needs context, source and translation")
                ctx, src, tr = (unescape(c) for c in cols[:3])
                comment = unescape(cols[3]) if len(cols) > 3 else ""
                if not tr:
                    continue
                if ctx == "*":
                    anywhere[(src, comment)] = tr
                else:
                    exact[(ctx, src, comment)] = tr
    return exact, anywhere


def cmd_import(args):
    exact, anywhere = read_tables(args.tables)
    tree = load(args.ts)
    present, filled, left = set(), 0, 0
    for ctx, msg in messages(tree.getroot()):
        src = msg.findtext("source") or ""
        comment = msg.findtext("comment") or ""
        present.add((ctx, src, comment))
        present.add(("*", src, comment))
        tr = exact.get((ctx, src, comment))
        if tr is None and not is_finished(msg):  # a "*" row never overwrites a translation made
            tr = anywhere.get((src, comment))
        if tr is None:
            if not is_finished(msg):
                left += 1
            continue
        node = msg.find("translation")
        if node is None:
            node = ET.SubElement(msg, "translation")
        for child in list(node):
            node.remove(child)
        node.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            node.text = None
            form = ET.SubElement(node, "numerusform")
            form.text = tr
        else:
            node.text = tr
        filled += 1
    save(tree, args.ts)
    stray = [k for k in exact if k not in present] + [("*",) + k for k in anywhere if ("*",) + k not in present]
    for k in stray:
        print("not in the .ts (the source changed or is gone; run update.sh?): " + " | ".join(escape(p) for p in k[:2]),
              file=sys.stderr)
    print(f"{filled} translation(s) filled; {left} string(s) still unfinished")


def cmd_stats(args):
    tree = load(args.ts)
    done = total = 0
    for _, msg in messages(tree.getroot()):
        total += 1
        done += is_finished(msg)
    print(f"{done} of {total} strings translated, {total - done} unfinished")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("export")
    p.add_argument("--unfinished", action="store_true")
    p.add_argument("--ts", default=DEFAULT_TS)
    p.add_argument("out")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("import")
    p.add_argument("--ts", default=DEFAULT_TS)
    p.add_argument("tables", nargs="+")
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("stats")
    p.add_argument("--ts", default=DEFAULT_TS)
    p.set_defaults(func=cmd_stats)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
