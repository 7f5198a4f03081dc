"""Memory figures: this process's resident size now and at its peak (Linux /proc, else `resource`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def current_rss_mb() -> float:
    """Resident memory of this process now, in MB (falls back to the peak where /proc is missing)."""
    statm = Path("/proc/self/statm")
    if statm.exists():
        pages = int(statm.read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    return peak_rss_mb()


def peak_rss_mb() -> float:
    """The most resident memory this process has used, in MB.

    Linux keeps `ru_maxrss` across exec, so a child started from a big parent would report the parent's
    size; /proc's VmHWM belongs to this program alone, so it is preferred.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1e3
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3  # bytes on macOS, kilobytes on Linux


def settled_rss_mb() -> float:
    """Resident memory after collecting garbage and handing free heap pages back (glibc's `malloc_trim`).

    What the process really holds: without the trim, pages freed by big pictures stay counted until the
    allocator reuses them, so RSS wanders by tens of MB with no leak at all.
    """
    import gc

    gc.collect()
    if sys.platform.startswith("linux"):
        import ctypes
        import ctypes.util

        name = ctypes.util.find_library("c")
        if name:
            libc = ctypes.CDLL(name)
            if hasattr(libc, "malloc_trim"):
                libc.malloc_trim(0)
    return current_rss_mb()
