"""Pieces both benchmark generators need to write a kyr project kyr accepts as stamped."""


def fingerprint(text):
    """kyr's fingerprint: FNV-1a 64 of the whitespace-normalised text (see Fingerprint.swift)."""
    h = 0xCBF29CE484222325
    for b in " ".join(text.split()).encode():
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def q(text):
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
