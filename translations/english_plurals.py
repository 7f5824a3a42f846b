#!/usr/bin/env python3
"""Fills the English plural forms of translations/qualityloop_en.ts.

The program's English strings are its source strings; only those with %n need a catalog, so
that "%n day(s)" prints "1 day" and "3 days". lupdate -pluralonly writes them into
qualityloop_en.ts; this fills each unfinished one: the singular drops "(s)", "(es)" or "(ies)",
the plural keeps them ("day(s)", "batch(es)"; "opportunity(ies)" gives "opportunities"), so
write "%n entry(ies)" rather than "%n entries". Run by translations/update.sh after lupdate; a
string that needs more than that can be edited by hand in the .ts (a finished translation is
left as it is).
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if translation.get("type") != "unfinished" and len(translation.findall("numerusform")) == 2:
        continue
    source = message.find("source").text or ""
    for form in list(translation):
        translation.remove(form)
    singular = re.sub(r"\((?:s|es|ies)\)", "", source)
    plural = source.replace("y(ies)", "ies").replace("(es)", "es").replace("(s)", "s")
    for text in (singular, plural):
        ET.SubElement(translation, "numerusform").text = text
    translation.attrib.pop("type", None)
    filled += 1
if filled:
    ET.indent(tree, space="    ")
    # lupdate's own layout: <context> at the margin, so only the filled strings show in a diff.
    text = ET.tostring(tree.getroot(), encoding="unicode")
    lines = [line[4:] if line.startswith("    ") else line for line in text.split("\n")]
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write("\n".join(lines))
        out.write("\n")
