#!/usr/bin/env python3
"""Work on Parkwatt's Qt translation files (translations/parkwatt_<code>.ts).

  translations.py check FILE...        exit 1, naming each entry, when any is unfinished or empty,
                                        or when a translation drops or adds a %1/%n placeholder
  translations.py todo FILE [N]         print up to N unfinished entries as JSON lines
                                        {"id", "context", "source", "comment", "numerus"}
  translations.py apply FILE JSONL      fill entries from JSON lines {"id", "translation"} where
                                        "translation" is a string, or a list of plural forms

Only the Python standard library. `apply` rewrites the file in ElementTree's layout; the next
`cmake --build build --target update_translations` (lupdate) puts it back in lupdate's.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for index, message in enumerate(context.iter("message")):
            yield name, index, message


def entry_id(context, index):
    return f"{context}#{index}"


def forms_of(message):
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def is_unfinished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished",):
        return True
    return any(not form.strip() for form in forms_of(message)) or not forms_of(message)


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def check(paths):
    problems = []
    for path in paths:
        try:
            _, root = load(path)
        except (ET.ParseError, OSError) as error:
            problems.append(f"{path}: cannot read: {error}")
            continue
        for context, _, message in messages(root):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            where = f"{path}: {context}: \"{source}\""
            if is_unfinished(message):
                problems.append(f"{where}: unfinished")
                continue
            wanted = placeholders(source)
            for form in forms_of(message):
                got = placeholders(form)
                # A plural form may leave %n out ("ein Platz"), never add or drop a %1.
                if [p for p in got if p != "%n"] != [p for p in wanted if p != "%n"]:
                    problems.append(f"{where}: placeholders {got} but the source has {wanted}")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"translations: {len(problems)} problem(s) in {len(paths)} file(s)", file=sys.stderr)
        return 1
    print(f"translations: {len(paths)} file(s) complete")
    return 0


def todo(path, limit):
    _, root = load(path)
    shown = 0
    for context, index, message in messages(root):
        if not is_unfinished(message):
            continue
        print(json.dumps({"id": entry_id(context, index), "context": context,
                          "source": message.findtext("source", default=""),
                          "comment": message.findtext("comment", default="")
                          + message.findtext("extracomment", default=""),
                          "numerus": message.get("numerus") == "yes"}, ensure_ascii=False))
        shown += 1
        if shown >= limit:
            break
    return 0


def apply(path, jsonl):
    tree, root = load(path)
    by_id = {entry_id(c, i): m for c, i, m in messages(root)}
    applied = 0
    with open(jsonl, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            item = json.loads(line)
            message = by_id.get(item["id"])
            if message is None:
                print(f"{jsonl}:{number}: no entry {item['id']}", file=sys.stderr)
                return 1
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            for child in list(translation):
                translation.remove(child)
            text = item["translation"]
            if message.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text if isinstance(text, str) else text[0]
            translation.attrib.pop("type", None)
            applied += 1
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"{path}: {applied} entr{'y' if applied == 1 else 'ies'} filled")
    return 0


def main(argv):
    if len(argv) >= 3 and argv[1] == "check":
        return check(argv[2:])
    if len(argv) in (3, 4) and argv[1] == "todo":
        return todo(argv[2], int(argv[3]) if len(argv) == 4 else 10**9)
    if len(argv) == 4 and argv[1] == "apply":
        return apply(argv[2], argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
