"""Drawing widgets and helpers shared by scenes: text, buttons, panels, backdrops, portraits."""
