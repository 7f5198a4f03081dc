// Stand-in for pygbag 0.9.3's pythons.js (pygame-web/cdn, 0.9.3/pythons.js): only what the page depends on.
// Each behaviour names the lines of the real file it imitates. Served by tests/web/test_browser_page.py.
const module_name = "pythons.js"                                   // line 17

window.MM = { UME: true }                                          // lines 1226-1237: window.MM, UME true

const vm = { config: {}, PyConfig: {}, cpy_argv: [], script: {} }  // lines 407-522

function jsimport(url) {                                           // lines 119-126
    const loader = document.createElement("script")
    loader.setAttribute("type", "text/javascript")
    loader.setAttribute("src", url)
    loader.setAttribute("async", true)
    document.head.appendChild(loader)
}

function MM_play(track, loops) {                                   // lines 1205-1222
    const prom = track.media.play()
    if (prom) {
        prom.then(() => { MM.UME = true }).catch(() => {
            MM.UME = false
            console.error(`** MEDIA USER ACTION REQUIRED [${track.test}] **`)
            if (track.test && track.test > 0) {
                track.test += 1
                setTimeout(MM_play, 2000, track, loops)
            }
        })
    }
}

function feat_lifecycle() {                                        // lines 1124-1145
    if (!vm.config.can_close) {
        window.onbeforeunload = function () {
            const message = "Are you sure you want to navigate away from this page ?"
            return confirm(message) ? message : false
        }
    }
}

function feat_snd() {                                              // lines 1148-1171 (the non-Safari path)
    MM.UME = !vm.config.ume_block
    if (!MM.UME) {
        MM_play({ auto: 1, test: 1, media: new Audio(config.cdn + "empty.ogg") }, 1)
    }
}

function feat_gui() {                                              // lines 618-655: canvas3d added when missing
    if (!document.getElementById("canvas3d")) {
        const canvas3d = document.createElement("canvas")
        canvas3d.id = "canvas3d"; canvas3d.width = 128; canvas3d.height = 128
        canvas3d.style.position = "absolute"; canvas3d.style.bottom = "0px"; canvas3d.style.left = "0px"
        document.body.appendChild(canvas3d)
    }
}

async function onload() {                                          // lines 2066-2245
    window.Module = vm                                             // line 2070
    feat_lifecycle()                                               // line 2110
    for (const feature of vm.config.features) {                    // lines 2122-2190
        if (feature.startsWith("snd")) feat_snd()
        if (feature.startsWith("gui")) feat_gui()
        if (feature === "vtx") await import("../vtx.js")           // line 1012 (feat_vtx)
        if (feature === "vt") await import("../vt.js")             // line 976 (feat_vt)
    }
    if (window.custom_onload) window.custom_onload(true)           // lines 2204-2205
    jsimport(vm.config.executable)                                 // line 2244
}

function auto_conf(cfg) {                                          // lines 2290-2470
    let url = cfg.url.split("#")[0].split("?")[0]
    if (url.endsWith(module_name)) url = url + (window.location.search || "?") + (window.location.hash || "#")
    url = url.split("#")[0]
    const query = url.includes("?") ? url.slice(url.indexOf("?") + 1) : ""
    url = url.split("?")[0]
    if (query) for (const arg of query.split("&")) vm.cpy_argv.push(decodeURI(arg))
    let pystr = "python3.12"
    if (vm.cpy_argv.length && vm.cpy_argv[0].search("py") >= 0) pystr = vm.cpy_argv[0]
    else if (cfg.python && cfg.python.search("py") >= 0) pystr = cfg.python
    config.PYBUILD = pystr.substr(6) || "3.12"
    if (location.hostname === "localhost") config.cdn = url.replace(module_name, "")   // line 2376
    config.cdn = config.cdn || url.split(module_name, 1)[0]
    config.pydigits = config.pydigits || config.PYBUILD.replace(".", "")
    config.executable = config.executable || `${config.cdn}cpython${config.pydigits}/main.js`
    config.interactive = config.interactive || (location.search.search("-i") >= 0)      // line 2393
    config.can_close = config.can_close || 0                                           // line 2406
    config.features = config.features || cfg.os.split(",")
    if (config.ume_block === undefined) config.ume_block = 1                          // lines 2412-2414
    // cpythonrc.py lines 237-242: every K=V item of the address becomes os.environ[K].
    vm.environ = {}
    for (const arg of vm.cpy_argv) if (arg.includes("=")) vm.environ[arg.split("=", 1)[0]] = arg.slice(arg.indexOf("=") + 1)
    vm.PyConfig.orig_argv = vm.cpy_argv
    vm.config = config
}

function auto_start() {                                            // lines 2486-2520
    for (const script of document.getElementsByTagName("script")) {
        if (script.type == "module" && script.src.search(module_name) >= 0) {
            auto_conf({ python: script.dataset.python, url: script.src, os: script.dataset.os || "gui",
                        text: script.text, id: script.id })
            vm.script.blocks = [script.text]
            window.addEventListener("load", onload)
            break
        }
    }
}

auto_start()
