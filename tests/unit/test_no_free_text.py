"""No code that runs while children play can take typed text: no text input events, no input(), no web form field."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from game.webbuild.stage import runtime_sources

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_ONLY = ("game/desktop.py",)  # the desktop entry: not shipped to browsers, but it runs while children play
# pygame's text-entry API and event fields: SDL's TEXTINPUT/TEXTEDITING events carry what was typed (and the
# IME's half-composed words); KEYDOWN's `unicode` is the typed character.
TEXT_NAMES = {"start_text_input", "set_text_input_rect", "TEXTINPUT", "TEXTEDITING", "unicode", "stdin"}
TEXT_CALLS = {"input", "raw_input"}
# JavaScript run in the page: a prompt() box, a form field, or an editable element would take free text.
JS_TEXT_ENTRY = re.compile(r"\bprompt\s*\(|<\s*(input|textarea)\b|createElement\(\s*['\"](input|textarea)['\"]"
                           r"|contenteditable", re.IGNORECASE)


def text_entry_uses(source: str, name: str = "<code>") -> list[str]:
    """Every place in `source` that could read typed text, as `name:line: what`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        what = None
        if isinstance(node, ast.Attribute) and node.attr in TEXT_NAMES:
            what = node.attr
        elif isinstance(node, ast.Name) and node.id in TEXT_NAMES:
            what = node.id
        elif isinstance(node, ast.alias) and node.name.split(".")[-1] in TEXT_NAMES:
            what = node.name
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in TEXT_CALLS:
            what = f"{node.func.id}()"
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "prompt"
              and ast.unparse(node.func.value).endswith("window")):
            what = "window.prompt()"  # the browser's text box, through pygbag's `platform.window`
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and JS_TEXT_ENTRY.search(node.value):
            what = f"JavaScript {JS_TEXT_ENTRY.search(node.value).group(0)!r}"  # type: ignore[union-attr]
        if what:
            found.append(f"{name}:{getattr(node, 'lineno', '?')}: {what}")
    return found


def test_the_scan_finds_every_way_of_taking_text():
    """Each kind of text entry in a sample is reported (so a clean result means something)."""
    sample = '''
import sys
from pygame.locals import TEXTINPUT
pygame.key.start_text_input()
pygame.key.set_text_input_rect(rect)
if event.type == pygame.TEXTEDITING: pass
name = event.unicode
answer = input("name? ")
line = sys.stdin.readline()
JS = "var n = window.prompt('name');"
FORM = '<input type="text">'
window.prompt("your name")
'''
    found = text_entry_uses(sample)
    for what in ("TEXTINPUT", "start_text_input", "set_text_input_rect", "TEXTEDITING", "unicode", "input()",
                 "stdin", "JavaScript 'prompt('", "JavaScript '<input'", "window.prompt()"):
        assert any(f.endswith(f": {what}") for f in found), (what, found)


def test_runtime_code_takes_no_typed_text():
    """main.py, the shipped game/ and scenes/ modules and the desktop entry never read typed text."""
    files = [*runtime_sources(), *map(Path, DESKTOP_ONLY)]
    assert len(files) > 50  # the whole runtime, not an empty list
    found = [use for relative in files
             for use in text_entry_uses((ROOT / relative).read_text(encoding="utf-8"), relative.as_posix())]
    assert found == []
