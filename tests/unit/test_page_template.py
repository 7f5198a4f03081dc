"""The page template's addresses: runtime folder, package index, and a policy that allows exactly those hosts."""

from __future__ import annotations

import pytest

from game.webbuild.defaults import DEFAULT_CDN
from game.webbuild.template import content_security_policy, package_index_for


def test_the_package_index_is_the_folder_above_the_version_folder():
    """As on the 0.9.3 CDN: index-0.9.3-cp312.json and cp312/ sit beside 0.9.3/."""
    assert package_index_for(DEFAULT_CDN) == "https://pygame-web.github.io/cdn/"
    assert package_index_for("https://school.example/pygbag/0.9.3/") == "https://school.example/pygbag/"


@pytest.mark.parametrize("cdn", ["https://school.example/pygbag/0.9.2/", "https://school.example/pygbag/0.9.3",
                                 "school.example/0.9.3/", "https://school.example/x\"y/0.9.3/",
                                 "https://school.example/a&b/0.9.3/"])
def test_a_wrong_runtime_address_is_refused_with_a_reason(cdn):
    """Another version, no trailing slash, no scheme, or characters that would break the page: a clear error."""
    with pytest.raises(ValueError, match=r"0\.9\.3|URL|address|/"):
        content_security_policy(cdn, package_index_for(cdn))


def test_policy_names_the_runtime_and_index_hosts_and_nothing_else():
    """Scripts and media only from the runtime host; fetches also from the index host; no frames, no objects."""
    policy = dict(part.split(" ", 1) for part in
                  content_security_policy("https://rt.example/cdn/0.9.3/", "https://pkg.example/cdn/").split("; "))
    assert policy["script-src"].endswith("https://rt.example") and "pkg.example" not in policy["script-src"]
    assert policy["connect-src"] == "'self' https://rt.example https://pkg.example"
    assert policy["media-src"].endswith("https://rt.example")
    assert policy["frame-src"] == "'none'" and policy["object-src"] == "'none'"
