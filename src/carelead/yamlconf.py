"""Load YAML configuration into pydantic models, reporting every error as `file:line: path: message`
(and the JSON files of the trained models, `load_json_model`).

ruamel.yaml keeps the line of every key and list item, so a validation error on `themes.3.patterns`
points at the line a researcher has to fix rather than at the file as a whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from carelead.errors import ConfigError

M = TypeVar("M", bound=BaseModel)


def read_yaml(path: Path) -> Any:
    """Parse `path` as YAML with line information; a syntax error becomes a ConfigError."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    yaml = YAML(typ="rt")
    try:
        return yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else 1
        raise ConfigError(f"{path}:{line}: invalid YAML: {exc.problem}") from None
    except YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML: {exc}") from None


def line_of(data: Any, loc: Sequence[int | str]) -> int:
    """The 1-based line of the deepest node of `loc` that the parsed YAML knows a position for."""
    line = 1
    node = data
    for key in loc:
        lc = getattr(node, "lc", None)
        try:
            if isinstance(node, dict) and key in node:
                if lc is not None:
                    line = lc.key(key)[0] + 1
                node = node[key]
            elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
                if lc is not None:
                    line = lc.item(key)[0] + 1
                node = node[key]
            else:
                break
        except (KeyError, IndexError, TypeError, AttributeError):
            break
    return line


def format_errors(path: Path, data: Any, error: ValidationError) -> str:
    lines = []
    for err in error.errors():
        loc = [p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
        dotted = ".".join(str(p) for p in loc) or "(top)"
        lines.append(f"{path}:{line_of(data, loc)}: {dotted}: {err['msg']}")
    return "\n".join(lines)


def load_model(path: Path, model: type[M], data: Any = None) -> M:
    """Validate the YAML at `path` (or already-parsed `data`) as `model`."""
    if data is None:
        data = read_yaml(path)
    if data is None:
        raise ConfigError(f"{path}:1: (top): the file is empty")
    try:
        return model.model_validate(to_plain(data))
    except ValidationError as exc:
        raise ConfigError(format_errors(path, data, exc)) from None


def to_plain(data: Any) -> Any:
    """ruamel's commented containers as plain dicts and lists (pydantic is happier with them)."""
    if isinstance(data, dict):
        return {str(k) if not isinstance(k, str) else k: to_plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [to_plain(v) for v in data]
    return data


def load_json_model(path: Path, model: type[M]) -> M:
    """A trained model's JSON file validated into `model`; any problem is a ConfigError naming the
    file (and the line of a syntax error, the field of a validation error)."""
    import json

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top)"
        raise ConfigError(f"{path}: {where}: {first['msg']}") from None
