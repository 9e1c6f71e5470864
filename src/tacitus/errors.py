"""The one exception tree of Tacitus.

    TacitusError                 root: the CLI prints its message as one line and exits non-zero
    ├── InputError               an article, file, URL or value given by the user cannot be read
    ├── ConfigError              a setting, registry file or model name is wrong
    ├── StoreError               the database cannot be opened, is locked, or is not a Tacitus store
    └── CodingError              the coder was asked for something it cannot do

Every error carries an exit code so that the CLI and scripts can tell them apart.
"""

from __future__ import annotations


class TacitusError(Exception):
    exit_code = 1


class InputError(TacitusError):
    exit_code = 2


class ConfigError(TacitusError):
    exit_code = 3


class StoreError(TacitusError):
    exit_code = 4


class CodingError(TacitusError):
    exit_code = 5
