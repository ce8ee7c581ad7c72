"""The codebook: themes with patterns, exclusions and examples, read from YAML into validated models.

    name: social-care-leadership
    version: "1.0"
    description: Themes of leadership in English adult social care.
    settings:
      max_themes: 3
    themes:
      - id: workforce-training
        label: Workforce, training and development
        description: The care workforce, its pay, training, careers and recruitment.
        colour: "#2ca02c"
        patterns: [care worker*, training, recruit*, "re:\\bskills? for care\\b"]
        exclude: [training ground]
        examples: ["Care workers are paid less than supermarket staff."]

Pattern syntax (one string each; see `carelead.tagging.patterns`):
  `leader`           a word: any inflection of its lemma (leader, leaders), case-insensitive
  `personal budget*` a phrase; `*` and `?` are quanteda-style globs inside a word
  `case:CQC`         case-sensitive, exact word forms
  `re:\\bICSs?\\b`    a regular expression over the passage text (case-insensitive unless `(?-i)`)

Every problem is a ConfigError `file:line: path: message`, reported before any text is tagged:
unknown keys, empty pattern lists, duplicate theme ids, unknown parents, regexes that do not compile
or that nest quantifiers (`(a+)+$`, which can take exponential time).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from carelead.errors import ConfigError
from carelead.yamlconf import format_errors, line_of, read_yaml, to_plain

THEME_ID = r"^[a-z0-9][a-z0-9_-]*$"
COLOUR = r"^#[0-9a-fA-F]{6}$"


class Settings(BaseModel):
    """How rule and TF-IDF evidence combine into a ranked, capped list of themes per passage.

    Own score: `rule_weight * theme.weight * (1 - 0.5 ** matches) + tfidf_weight * cosine`, the
    cosine (passage vs theme profile) counted from `tfidf_threshold`. Context: the neighbours
    within `context_window` passages (`context_decay` per step) and the latest heading lend their
    themes, each scaled to its own best score, with `context_weight` and `heading_weight`. A theme
    is tagged when its total reaches `min_score` and `relative_score` times the passage's best, or
    when `strong_matches` distinct patterns of it match the passage itself; at most `max_themes`,
    best first. `stop_words` are words every theme shares (no TF-IDF evidence); passages under
    `min_words` words are tagged from context only. The defaults are the values measured best for
    the default codebook (see the README).
    """

    model_config = ConfigDict(extra="forbid")

    max_themes: int = Field(3, ge=1, le=50)
    min_score: float = Field(0.5, ge=0.0)
    relative_score: float = Field(0.45, ge=0.0, le=1.0)
    rule_weight: float = Field(1.0, ge=0.0)
    tfidf_weight: float = Field(1.0, ge=0.0)
    tfidf_threshold: float = Field(0.15, ge=0.0, le=1.0)
    evidence_terms: int = Field(5, ge=1, le=50)
    min_words: int = Field(0, ge=0)
    context_weight: float = Field(1.25, ge=0.0)
    context_window: int = Field(3, ge=0, le=20)
    context_decay: float = Field(0.5, ge=0.0, le=1.0)
    heading_weight: float = Field(0.25, ge=0.0)
    stop_words: list[str] = Field(default_factory=list)
    strong_matches: int = Field(2, ge=0)


class Theme(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=THEME_ID)
    label: str = Field(min_length=1)
    description: str = ""
    parent: str | None = None
    patterns: list[str] = Field(min_length=1)
    exclude: list[str] = Field(default_factory=list)
    examples: list[str] = Field(default_factory=list)
    colour: str | None = Field(None, pattern=COLOUR)
    weight: float = Field(1.0, ge=0.0)

    @field_validator("patterns", "exclude")
    @classmethod
    def _patterns_valid(cls, value: list[str]) -> list[str]:
        from carelead.tagging.patterns import validate_pattern

        for i, pattern in enumerate(value):
            problem = validate_pattern(pattern)
            if problem:
                raise ValueError(f"pattern {i} {pattern!r}: {problem}")
        return value


class Codebook(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    version: str = "1"
    description: str = ""
    # a trained theme model for quotations (JSON, relative to the codebook's folder), optional
    model: str | None = Field(default=None, min_length=1)
    settings: Settings = Field(default_factory=Settings)  # type: ignore[arg-type]
    themes: list[Theme] = Field(min_length=1)

    @field_validator("version", mode="before")
    @classmethod
    def _version_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, (int, float)) else value

    @model_validator(mode="after")
    def _ids_and_parents(self) -> Codebook:
        seen: set[str] = set()
        for theme in self.themes:
            if theme.id in seen:
                raise ValueError(f"theme id {theme.id!r} is used twice")
            seen.add(theme.id)
        for theme in self.themes:
            if theme.parent is not None and theme.parent not in seen:
                raise ValueError(f"theme {theme.id!r}: parent {theme.parent!r} is not a theme id")
            if theme.parent == theme.id:
                raise ValueError(f"theme {theme.id!r} is its own parent")
        return self

    def theme(self, theme_id: str) -> Theme:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise ConfigError(f"{theme_id}: no such theme in codebook {self.name}")

    @property
    def ids(self) -> list[str]:
        return [t.id for t in self.themes]


def load_codebook(path: str | Path) -> Codebook:
    """Read and validate a codebook; every problem is a ConfigError `file:line: path: message`."""
    path = Path(path)
    data = read_yaml(path)
    if data is None:
        raise ConfigError(f"{path}:1: (top): the file is empty")
    try:
        return Codebook.model_validate(to_plain(data))
    except ValidationError as exc:
        # Theme-level errors (duplicate ids, parents) carry the theme id: point at that theme.
        text = format_errors(path, data, exc)
        return _raise_with_theme_line(path, data, text)


def _raise_with_theme_line(path: Path, data: Any, text: str) -> Codebook:
    lines = []
    themes = data.get("themes") if isinstance(data, dict) else None
    for line in text.splitlines():
        if ": (top): " in line and isinstance(themes, list):
            for i, theme in reversed(list(enumerate(themes))):  # a duplicate: the later one
                tid = theme.get("id") if isinstance(theme, dict) else None
                if tid and f"{tid!r}" in line:
                    where = line_of(data, ["themes", i])
                    line = line.replace(f"{path}:1: (top): ", f"{path}:{where}: themes.{i}: ", 1)
                    break
        lines.append(line)
    raise ConfigError("\n".join(lines))


def dump_codebook(codebook: Codebook) -> str:
    """The codebook as YAML text in the documented key order (defaults left out)."""
    import io

    from ruamel.yaml import YAML

    data = codebook.model_dump(exclude_defaults=True)
    data = {"name": codebook.name, "version": codebook.version, **data}
    ordered: dict[str, Any] = {}
    for key in ("name", "version", "description", "settings", "themes"):
        if key in data:
            ordered[key] = data[key]
    themes = []
    for theme in ordered.get("themes", []):
        keys = ("id", "label", "description", "parent", "colour", "weight", "patterns", "exclude")
        themes.append({k: theme[k] for k in (*keys, "examples") if k in theme})
    ordered["themes"] = themes
    yaml = YAML()
    yaml.default_flow_style = False
    yaml.width = 100
    out = io.StringIO()
    yaml.dump(ordered, out)
    return out.getvalue()
