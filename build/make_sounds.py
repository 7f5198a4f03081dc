"""Synthesise the game's sound effects and music loops with numpy and write them as OGG Vorbis to assets/sounds/.

Run by a developer after changing a sound: `python build/make_sounds.py` (needs the `dev` extra: numpy, soundfile).
Nothing is downloaded: every sound is made here from sine tones and seeded noise, so the files are CC0 and
the output is byte-for-byte the same on every run (the Ogg stream serial number is fixed after encoding).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import soundfile as sf

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"
EFFECT_PEAK_DBFS = -6.0  # well under the -3 dBFS ceiling: encoding can lift peaks a little
LOOP_RMS_DBFS = -18.0
PEAK_CEILING_DBFS = -3.0
EFFECT_LIMIT = 25_000  # bytes
LOOP_LIMIT = 120_000
QUALITY = 0.3  # libsndfile compression level for Vorbis: 0 = best quality, 1 = smallest file
SERIAL = 0x54494D45  # fixed Ogg serial ("TIME"); libsndfile picks a random one per file

Signal = np.ndarray


# -- building blocks -------------------------------------------------------------------------------


def seconds(duration: float) -> int:
    """Samples in `duration` seconds."""
    return round(duration * RATE)


def note(name: str) -> float:
    """Frequency of a note such as "C5" or "F#4" (A4 = 440 Hz)."""
    steps = {"C": -9, "D": -7, "E": -5, "F": -4, "G": -2, "A": 0, "B": 2}
    letter, rest = name[0], name[1:]
    shift = 0
    if rest.startswith("#"):
        shift, rest = 1, rest[1:]
    elif rest.startswith("b"):
        shift, rest = -1, rest[1:]
    semitones = steps[letter] + shift + 12 * (int(rest) - 4)
    return float(440.0 * 2.0 ** (semitones / 12))


def tone(freq: float | Signal, duration: float, partials: tuple[tuple[float, float, float], ...] = ((1, 1, 0),),
         attack: float = 0.005, decay: float = 0.5, phase: float = 0.0) -> Signal:
    """A struck tone: partials as (frequency ratio, level, extra decay rate), a soft attack, exponential decay.

    `freq` may be an array (a glide); its phase is integrated so the pitch moves smoothly. The last few
    milliseconds fade to silence, so a tone cut short never clicks.
    """
    n = seconds(duration)
    t = np.arange(n) / RATE
    base = np.broadcast_to(np.asarray(freq, dtype=float), (n,))
    angle = 2 * np.pi * np.cumsum(base) / RATE + phase
    out = np.zeros(n)
    for ratio, level, extra in partials:
        out += level * np.sin(ratio * angle) * np.exp(-extra * t)
    envelope = np.minimum(1.0, t / attack) * np.exp(-t / decay)
    return fade(out * envelope, 0.0, 0.01)


def fade(signal: Signal, fade_in: float = 0.004, fade_out: float = 0.03) -> Signal:
    """Raised-cosine fade-in and fade-out, so a sound never starts or stops with a click."""
    out = signal.copy()
    rise, fall = min(seconds(fade_in), len(out)), min(seconds(fade_out), len(out))
    if rise:
        out[:rise] *= 0.5 - 0.5 * np.cos(np.linspace(0, np.pi, rise))
    if fall:
        out[len(out) - fall:] *= 0.5 + 0.5 * np.cos(np.linspace(0, np.pi, fall))
    return out


def place(buffer: Signal, sound: Signal, at: float, gain: float = 1.0) -> None:
    """Mix `sound` into `buffer` starting at `at` seconds (cut at the end of the buffer)."""
    start = seconds(at)
    end = min(len(buffer), start + len(sound))
    buffer[start:end] += gain * sound[:end - start]


def lowpass(signal: Signal, cutoff: float | Signal) -> Signal:
    """One-pole low-pass filter; `cutoff` in Hz may change over time (an array as long as the signal)."""
    cut = np.broadcast_to(np.asarray(cutoff, dtype=float), signal.shape)
    alpha = 1.0 - np.exp(-2 * np.pi * cut / RATE)
    out = np.empty_like(signal)
    state = 0.0
    for i, (x, a) in enumerate(zip(signal, alpha, strict=True)):
        state += a * (x - state)
        out[i] = state
    return out


def peak_to(signal: Signal, dbfs: float) -> Signal:
    """Scale so the loudest sample sits at `dbfs`."""
    return signal * (10 ** (dbfs / 20) / np.max(np.abs(signal)))


def rms_to(signal: Signal, dbfs: float) -> Signal:
    """Scale so the RMS level sits at `dbfs`."""
    return signal * (10 ** (dbfs / 20) / np.sqrt(np.mean(signal**2)))


def fold(extended: Signal, length: int) -> Signal:
    """Wrap everything past `length` back onto the start, so note tails carry over the loop point seamlessly."""
    out = extended[:length].copy()
    tail = extended[length:]
    while len(tail):
        out[:len(tail[:length])] += tail[:length]
        tail = tail[length:]
    return out


# -- effects -------------------------------------------------------------------------------------


def make_click() -> Signal:
    """A soft wooden tick: two quickly fading partials and a breath of filtered noise."""
    rng = np.random.default_rng(11)
    n = seconds(0.07)
    t = np.arange(n) / RATE
    body = tone(1250.0, 0.07, ((1, 1.0, 0), (2.3, 0.35, 40)), attack=0.001, decay=0.012)
    noise = lowpass(rng.standard_normal(n), 2500.0) * np.exp(-t / 0.006) * 0.5
    return fade(peak_to(body + noise, -12.0), 0.001, 0.02)


BELL = ((1, 1.0, 0), (2, 0.28, 2), (3, 0.08, 4), (4.2, 0.05, 9))  # warm: few, soft upper partials


def make_right() -> Signal:
    """A warm two-note chime rising a fourth (E5 then A5), like a friendly 'ding-dong' upwards."""
    out = np.zeros(seconds(1.1))
    place(out, tone(note("E5"), 1.0, BELL, attack=0.006, decay=0.32), 0.0)
    place(out, tone(note("A5"), 0.95, BELL, attack=0.006, decay=0.4), 0.15)
    return fade(peak_to(out, EFFECT_PEAK_DBFS), fade_out=0.12)


def make_try_again() -> Signal:
    """A soft, rising 'hmm?': one rounded hum that lifts at the end like a curious question (never a buzz)."""
    duration = 0.42
    n = seconds(duration)
    t = np.arange(n) / RATE
    start, end = note("G4"), note("C5")
    rise = 1 / (1 + np.exp(-(t - 0.26) / 0.035))  # holds, then glides up a fourth
    freq = start * (end / start) ** rise
    hum = tone(freq, duration, ((1, 1.0, 0), (2, 0.12, 0)), attack=0.04, decay=10.0)
    swell = np.sin(np.pi * np.clip(t / duration, 0, 1)) ** 0.6  # rounded, no hard edges
    return fade(peak_to(hum * swell, -12.0), 0.01, 0.08)


def make_piece() -> Signal:
    """A sparkly chime: a quick rising arpeggio of glassy bells and a few seeded high twinkles."""
    rng = np.random.default_rng(23)
    out = np.zeros(seconds(1.5))
    glass = ((1, 1.0, 0), (2.76, 0.22, 6), (5.4, 0.08, 12))
    for i, name in enumerate(("C6", "E6", "G6", "C7")):
        place(out, tone(note(name), 1.2, glass, attack=0.003, decay=0.35 + 0.1 * i), 0.07 * i, 0.8 - 0.1 * i)
    for _ in range(7):
        freq = note("C7") * 2 ** (rng.integers(0, 12) / 12)
        place(out, tone(freq, 0.25, ((1, 1, 0),), attack=0.002, decay=0.05), 0.25 + rng.random() * 0.6, 0.12)
    return fade(peak_to(out, EFFECT_PEAK_DBFS), fade_out=0.2)


def make_unfreeze() -> Signal:
    """A rising shimmer: a soft major chord gliding up an octave, trembling gently, as time starts again."""
    rng = np.random.default_rng(37)
    duration = 1.6
    n = seconds(duration)
    t = np.arange(n) / RATE
    glide = 2 ** (np.clip(t / 1.2, 0, 1) ** 1.5)  # up one octave, easing in
    chord = np.zeros(n)
    for ratio, level in ((1, 1.0), (1.25, 0.7), (1.5, 0.6), (2, 0.45)):
        freq = note("C5") * ratio * glide * (1 + 0.002 * rng.standard_normal())
        chord += level * tone(freq, duration, ((1, 1, 0), (2, 0.1, 0)), attack=0.001, decay=100.0)
    shimmer = 1 + 0.25 * np.sin(2 * np.pi * 9 * t)
    swell = np.clip(t / 0.9, 0, 1) ** 2 * np.exp(-np.clip(t - 1.0, 0, None) / 0.22)
    out = chord * shimmer * swell
    for _ in range(10):
        at = 0.3 + rng.random() * 1.0
        freq = note("C6") * 2 ** (at / 1.2) * 2 ** (rng.integers(0, 8) / 12)
        place(out, tone(freq, 0.2, ((1, 1, 0),), attack=0.002, decay=0.04), at, 0.25)
    return fade(peak_to(out, EFFECT_PEAK_DBFS), 0.01, 0.15)


def make_page() -> Signal:
    """A soft whoosh: seeded noise through a filter that opens and closes, rising then falling in level."""
    rng = np.random.default_rng(41)
    duration = 0.36
    n = seconds(duration)
    t = np.arange(n) / RATE
    shape = np.sin(np.pi * t / duration) ** 2
    noise = lowpass(lowpass(rng.standard_normal(n), 400 + 2600 * shape), 400 + 2600 * shape)
    return fade(peak_to(noise * shape, -10.0), 0.01, 0.05)


# -- loops -----------------------------------------------------------------------------------------

BOX_TINE = ((1, 1.0, 0), (3, 0.06, 8), (5.4, 0.04, 14))  # music-box tine: a clear fundamental, faint metal


def make_loop_keepers() -> Signal:
    """A calm music-box lullaby (C, Am, F, G at 96 bpm), 10 s, looping seamlessly."""
    eighth = 60 / 96 / 2
    bars = (
        ("C3", ("E5", "G5", "C6", "G5", "E5", "G5", "D5", None)),
        ("A2", ("C5", "E5", "A5", "E5", "C6", "B5", "A5", None)),
        ("F2", ("F5", "A5", "C6", "A5", "G5", "F5", "E5", None)),
        ("G2", ("D5", "G5", "B5", "G5", "D5", None, "B4", None)),
    )
    length = seconds(eighth * 8 * len(bars))
    out = np.zeros(length + seconds(3))
    for bar, (bass, melody) in enumerate(bars):
        start = bar * 8 * eighth
        for i, name in enumerate(melody):
            if name is not None:
                level = 0.9 if i % 2 == 0 else 0.7
                place(out, tone(note(name), 2.4, BOX_TINE, attack=0.003, decay=0.55), start + i * eighth, level)
        for beat, octave_up in ((0, False), (4, True)):
            freq = note(bass) * (3 if octave_up else 2)  # root, then its fifth, in the box's low comb
            place(out, tone(freq, 2.8, ((1, 1, 0), (2, 0.15, 3)), attack=0.004, decay=0.8), start + beat * eighth, 0.5)
    return rms_to(fold(out, length), LOOP_RMS_DBFS)


def make_loop_town() -> Signal:
    """A soft warm pad: four slow chords (F, C/E, Dm, Bb) breathing in and out, 12 s, looping seamlessly."""
    rng = np.random.default_rng(53)
    chord_time = 3.0
    chords = (("F3", "A3", "C4", "E4"), ("E3", "G3", "C4", "D4"), ("D3", "F3", "A3", "C4"), ("Bb2", "F3", "A3", "D4"))
    length = seconds(chord_time * len(chords))
    span = chord_time + 2.0  # each chord overlaps the next while they cross-fade
    n = seconds(span)
    t = np.arange(n) / RATE
    envelope = np.clip(t / 1.6, 0, 1) ** 2 * np.clip((span - t) / 1.8, 0, 1) ** 2
    warm = tuple((float(k), 1 / k**2, 0.0) for k in range(1, 6))  # soft saw-like stack, upper partials low
    out = np.zeros(length + n)
    for index, chord in enumerate(chords):
        pad = np.zeros(n)
        for name in chord:
            for detune in (-0.0025, 0.0025):  # two slightly detuned voices: a slow, gentle chorus
                pad += tone(note(name) * (1 + detune), span, warm, attack=0.001, decay=1e9,
                            phase=rng.random() * 2 * np.pi)
        place(out, pad * envelope, index * chord_time)
    looped = fold(out, length)
    # Filter two copies and keep the second, so the filter has already settled when the loop point comes round.
    looped = lowpass(np.tile(looped, 2), 1400.0)[length:]
    breath = 1 + 0.12 * np.sin(2 * np.pi * np.arange(length) / length * 4)  # whole cycles per loop
    return rms_to(looped * breath, LOOP_RMS_DBFS)


EFFECTS: dict[str, Callable[[], Signal]] = {
    "click": make_click,
    "right": make_right,
    "try-again": make_try_again,
    "piece": make_piece,
    "unfreeze": make_unfreeze,
    "page": make_page,
}
LOOPS: dict[str, Callable[[], Signal]] = {
    "loop-keepers": make_loop_keepers,
    "loop-town": make_loop_town,
}


# -- writing -------------------------------------------------------------------------------------


def _crc_table() -> list[int]:
    table = []
    for i in range(256):
        r = i << 24
        for _ in range(8):
            r = ((r << 1) ^ 0x04C11DB7) if r & 0x80000000 else (r << 1)
        table.append(r & 0xFFFFFFFF)
    return table


CRC_TABLE = _crc_table()


def _ogg_crc(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc = ((crc << 8) & 0xFFFFFFFF) ^ CRC_TABLE[((crc >> 24) & 0xFF) ^ byte]
    return crc


def fix_serial(data: bytes, serial: int = SERIAL) -> bytes:
    """Give every Ogg page the same stream serial number and recompute its checksum (for repeatable files)."""
    out = bytearray(data)
    pos = 0
    while pos < len(out):
        if out[pos:pos + 4] != b"OggS":
            raise ValueError(f"not an Ogg page at byte {pos}")
        segments = out[pos + 26]
        header = 27 + segments
        body = sum(out[pos + 27:pos + header])
        out[pos + 14:pos + 18] = serial.to_bytes(4, "little")
        out[pos + 22:pos + 26] = bytes(4)
        page = bytes(out[pos:pos + header + body])
        out[pos + 22:pos + 26] = _ogg_crc(page).to_bytes(4, "little")
        pos += header + body
    return bytes(out)


def encode(signal: Signal) -> bytes:
    """Mono OGG Vorbis bytes of `signal` (floats in -1..1)."""
    buffer = io.BytesIO()
    sf.write(buffer, signal.astype(np.float32), RATE, format="OGG", subtype="VORBIS", compression_level=QUALITY)
    return fix_serial(buffer.getvalue())


def check(name: str, data: bytes, limit: int, loop: bool) -> str:
    """Decode the file again and describe it; raise if it breaks a limit."""
    decoded, rate = sf.read(io.BytesIO(data))
    peak = 20 * np.log10(np.max(np.abs(decoded)))
    rms = 20 * np.log10(np.sqrt(np.mean(decoded**2)))
    problems = []
    if rate != RATE or decoded.ndim != 1:
        problems.append(f"expected mono {RATE} Hz")
    if peak > PEAK_CEILING_DBFS:
        problems.append(f"peak {peak:.1f} dBFS is over {PEAK_CEILING_DBFS} dBFS")
    if len(data) >= limit:
        problems.append(f"{len(data):,} bytes is not under {limit:,}")
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))
    kind = "loop  " if loop else "effect"
    return f"{kind} {name + '.ogg':<18}{len(data):>8,} bytes  {len(decoded) / RATE:5.2f} s  peak {peak:6.1f} dBFS" \
           f"  rms {rms:6.1f} dBFS"


def main(out: Path = OUT) -> int:
    """Make every sound and write it to `out`; prints one line per file."""
    out.mkdir(parents=True, exist_ok=True)
    for table, limit, loop in ((EFFECTS, EFFECT_LIMIT, False), (LOOPS, LOOP_LIMIT, True)):
        for name, make in table.items():
            data = encode(np.clip(make(), -1.0, 1.0))
            line = check(name, data, limit, loop)
            (out / f"{name}.ogg").write_bytes(data)
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
