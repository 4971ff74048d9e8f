#!/usr/bin/env python3
"""Checks that the page's visible words come from the catalogue.

Scans the components (src/views/, src/app.rs) for string literals a
visitor would read: text between tags in `view!` markup, the values of
attributes a visitor reads or hears (aria-label, title, placeholder, alt,
label, text), and any literal holding words (letters, a space,
letters) elsewhere in those files. Each must come from `locales/` through
`Lang::t` instead.

Allowed: literals without letters ("—", " · "), upper-case acronyms that
are the same in every language ("CSV", "JSON"), and messages for
developers (`expect`, `panic!`, `tracing`). The stand-in pages of the
sandbox are not the product and are not scanned.

Prints every offending literal with its file and line; exits 1 if any.
Runs a self-test first, so a scan that stopped finding anything fails.
"""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "src" / "views").rglob("*.rs")) + [ROOT / "src" / "app.rs"]
VISIBLE_ATTRIBUTES = {"aria-label", "title", "placeholder", "alt", "label", "text"}
FOR_DEVELOPERS = re.compile(r"(expect|panic!|unreachable!|assert!|assert_eq!|tracing::\w+!|debug!|warn!|error!)\($")
LETTER = re.compile(r"[^\W\d_]")
# Words: letters then a space and more letters, or a sentence's end.
WORDS = re.compile(r"[^\W\d_]{2,}(\s+[^\W\d_]|[:.!?…](\s|$))")
ACRONYM = re.compile(r"^[A-Z0-9]+$")


def literals(text):
    """Yields (offset, value, context) for every string literal, where
    context is 'text' (markup between tags), an attribute name, or 'rust'."""
    i, n = 0, len(text)
    # A stack of contexts: 'markup' inside a view! body, 'rust' in braces.
    stack = ["rust"]
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            i = text.find("\n", i)
            i = n if i < 0 else i
            continue
        if text.startswith("/*", i):
            i = text.find("*/", i) + 2
            continue
        if text.startswith("view!", i) and re.match(r"view!\s*\{", text[i:]):
            i = text.index("{", i) + 1
            stack.append("markup")
            continue
        raw = re.match(r'r(#*)"', text[i:])
        if raw and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            hashes = raw.group(1)
            end = text.index('"' + hashes, i + len(raw.group(0)))
            value = text[i + len(raw.group(0)):end]
            yield i, value, context(text, i, stack[-1])
            i = end + 1 + len(hashes)
            continue
        if c == "'" and re.match(r"'(\\.|[^\\'])'", text[i:]):
            i += len(re.match(r"'(\\.|[^\\'])'", text[i:]).group(0))
            continue
        if c == '"':
            j = i + 1
            while text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            yield i, text[i + 1:j], context(text, i, stack[-1])
            i = j + 1
            continue
        if c == "{":
            stack.append("rust")
        elif c == "}" and len(stack) > 1:
            stack.pop()
        i += 1


def context(text, i, where):
    before = text[:i].rstrip()
    if where == "rust":
        return "rust"
    if before.endswith(("(", ",", "[", "&")):
        # An argument in an attribute's expression (`href=format!(...)`).
        return "rust"
    if before.endswith("=") and not before.endswith("=="):
        name = re.search(r"([\w:-]+)\s*=$", before)
        return name.group(1) if name else "rust"
    return "text"


def offences(path, text):
    # A file's trailing test module is not the page.
    text = re.split(r"\n#\[cfg\(test\)\]\s*\nmod tests", text)[0]
    found = []
    for offset, value, where in literals(text):
        if not LETTER.search(value) or ACRONYM.match(value):
            continue
        if where == "rust":
            if FOR_DEVELOPERS.search(text[:offset].rstrip()):
                continue
            plain = re.sub(r"\{[^}]*\}", "", value)
            if not WORDS.search(plain):
                continue
        elif where not in ("text",) and where not in VISIBLE_ATTRIBUTES:
            continue
        line = text.count("\n", 0, offset) + 1
        found.append((f"{path}:{line}", where, value))
    return found


def self_test():
    sample = '''
        fn f() -> impl IntoView {
            let ok = format!("/preview.csv{}", q);
            let bad = format!("Failed: {reason}");
            view! {
                <p class="price-note plain" data-x="y">"Hello"</p>
                <a href="/" aria-label="Go home">{t(Msg::X)}" · ""CSV"</a>
                {move || view! { <b title=t(Msg::Y)>"Nested"</b> }}
                <input placeholder="Name or code"/>
            }
        }
    '''
    words = [value for _, _, value in offences("sample", sample)]
    expected = ["Failed: {reason}", "Hello", "Go home", "Nested", "Name or code"]
    if words != expected:
        print(f"words.py self-test: found {words}, expected {expected}")
        sys.exit(1)


def main():
    self_test()
    found = []
    for path in FILES:
        found += offences(path.relative_to(ROOT), path.read_text())
    for place, where, value in found:
        print(f"{place}: {where}: {value!r}")
    if found:
        print(f"words: {len(found)} visible literals bypass the catalogue (locales/)")
        sys.exit(1)
    print(f"words: {len(FILES)} files, every visible word from the catalogue")


if __name__ == "__main__":
    main()
