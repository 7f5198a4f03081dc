// Stand-in for CPython 3.12's Emscripten loader (pygame-web/cdn, 0.9.3/cpython312/main.js) and for what the
// interpreter then does until the game's first frame. The interpreter cannot run here; what CPython does with the
// page's Python block is tested under CPython in tests/web/test_boot_block.py. This file reproduces the
// requests and page calls that follow from it, in the same order and to the same addresses.
(function () {
    const vm = window.Module
    const here = document.currentScript.src.replace(/main\.js$/, "")

    function abort(what) {                       // main.js abort(): Module.onAbort(what), then a RuntimeError
        if (vm.onAbort) vm.onAbort(what)
        console.error("Aborted(" + what + ")")
        throw new WebAssembly.RuntimeError("Aborted(" + what + ")")
    }

    async function fetchOk(url) {
        const response = await fetch(url, { credentials: "same-origin" })
        if (!response.ok) throw new Error("HTTP " + response.status)
        return response
    }

    async function interpreter() {
        try {
            // pythons.js locateFile() line 481 puts main.data under the version folder; main.wasm sits beside main.js.
            await fetchOk(vm.config.cdn + "cpython" + vm.config.pydigits + "/main.data")
            await fetchOk(here + "main.wasm")
        } catch (error) {
            abort("both async and sync fetching of the wasm failed")
        }
        // pythons.js postrun() lines 387-402: window.python, then cpythonrc.py from the version folder.
        window.python = vm
        const rc = await fetch(vm.config.cdn + "cpythonrc.py", {})
        if (!rc.ok) return                        // postrun() only logs the error: the page's stage limit applies
        await block()
    }

    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

    async function block() {                      // build/template.html's Python block, as CPython runs it
        bootStage("archive")
        const archive = await fetch(vm.config.archive + ".tar.gz")   // aio/filelike.py fopen(): page-relative fetch()
        if (!archive.ok) { bootFailed("archive", vm.config.archive + ".tar.gz could not be downloaded"); return }
        bootStage("ready")
        while (!MM.UME) await sleep(100)
        bootStage("starting")
        // aio/pep0723.py async_repos() lines 163-211: the index from PYGPI or the public CDN; wheel paths under
        // the index's "-CDN-", replaced by PYGPI, or by http://localhost:8000/cdn/ for pages on http://localhost:8….
        const pygpi = vm.environ.PYGPI || ""
        const index = await (await fetchOk((pygpi || "https://pygame-web.github.io/cdn/") + "index-0.9.3-cp312.json")).json()
        let base = index["-CDN-"]
        if (pygpi) base = pygpi
        else if (location.href.startsWith("http://localhost:8")) base = "http://localhost:8000/cdn/"
        const wheel = index["pygame"].replaceAll("<abi>", "cp312").replace("<api>", "wasm32_bi_emscripten")
        await fetchOk(base + wheel)               // pip_install("pygame-ce") → install_pkg()
        await sleep(50)
        gameStarted()                             // game/browser.py tell_page_started() after the first frame
    }

    interpreter()
})()
