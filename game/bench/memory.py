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
