"""Typed errors raised by the core. The CLI turns each into one line on stderr and exit code 1."""

from __future__ import annotations


class CareleadError(Exception):
    """Base class: a problem with the user's data or configuration, not a bug."""


class InputError(CareleadError):
    """A document could not be read: `path: reason`."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ConfigError(CareleadError):
    """A codebook, role lexicon or other YAML file is invalid (`file:line: path: message`)."""


class StoreError(CareleadError):
    """The corpus store cannot do what was asked (unknown id, conflicting content, ...)."""


class ScopeError(CareleadError):
    """A document or collection id names nothing in the store, or a scope is empty."""


class OutputError(CareleadError):
    """A result cannot be written where it was asked to go."""
