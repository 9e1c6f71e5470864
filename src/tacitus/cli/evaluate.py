"""Placeholder: filled by its issue."""

commands: list = []
