#!/bin/sh
# Installs Debian's librsvg2-bin (rsvg-convert), which the Plotting tests use to render SVG to PNG, if it is missing.
command -v rsvg-convert >/dev/null 2>&1 || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y librsvg2-bin; }
