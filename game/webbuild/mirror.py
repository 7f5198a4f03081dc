"""The files of pygbag's CDN that the built page and the runtime load: what a school's mirror must hold."""

from __future__ import annotations

from game.webbuild.defaults import PYGBAG_VERSION

# Paths below the CDN's root (https://pygame-web.github.io/cdn/ for the public one), each checked against the
# 0.9.3 CDN's file list. The version folder is what `build --cdn` names; the root is the package index (PYGPI).
RUNTIME_FILES = (
    f"{PYGBAG_VERSION}/pythons.js",            # the loader named in the page
    f"{PYGBAG_VERSION}/cpythonrc.py",          # pythons.js postrun(): the runtime's Python start-up
    f"{PYGBAG_VERSION}/empty.ogg",             # pythons.js feat_snd(): tests that sound may play
    f"{PYGBAG_VERSION}/cpython312/main.js",    # CPython 3.12 for WebAssembly: loader ...
    f"{PYGBAG_VERSION}/cpython312/main.wasm",  # ... interpreter ...
    f"{PYGBAG_VERSION}/cpython312/main.data",  # ... and standard library
)
PACKAGE_FILES = (
    f"index-{PYGBAG_VERSION}-cp312.json",      # aio/pep0723.py async_repos(): the package index
    "cp312/pygame_ce-2.5.7.dev1-cp312-cp312-wasm32_bi_emscripten.whl",  # pygame-ce, as that index names it
)
MIRROR_FILES = RUNTIME_FILES + PACKAGE_FILES
