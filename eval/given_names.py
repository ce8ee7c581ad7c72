"""`make given-names`: write the table of given names and their usual gender that attribution
reads for "he" and "she" (src/carelead/data/given-names.tsv).

The source is nomquamgender (Van Buskirk, Clauset and Larremore; MIT License): for each of some
720,000 names, how many sources and observations it has and p(gf), the share of the people who
bear it whom those sources record as women. A name goes in as "f" at p(gf) >= 0.9 and as "m" at
p(gf) <= 0.1 when at least MIN_SOURCES sources and MIN_COUNTS observations back it; a name given
to both (Jean 0.48, Pat 0.34, Jo 0.64, Kim 0.67, Kelly 0.89) is left out, and so is a rare one.
The package, and pandas, which it imports, are needed only here: `make given-names` installs
them (the `data` extra).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "carelead" / "data" / "given-names.tsv"
FEMALE, MALE = 0.9, 0.1  # p(gf) at or beyond which a name is read as a woman's or a man's
MIN_SOURCES = 5
MIN_COUNTS = 200
NAME = re.compile(r"[a-z][a-z'-]+")  # a plain lower-case name: no markup, digits or initials


def main() -> None:
    import nomquamgender as nqg

    rows = []
    for name, (sources, counts, p_female) in sorted(nqg.dump().items()):
        if not NAME.fullmatch(name) or sources < MIN_SOURCES or counts < MIN_COUNTS:
            continue
        if p_female >= FEMALE or p_female <= MALE:
            rows.append(f"{name}\t{'f' if p_female >= FEMALE else 'm'}\n")
    header = (
        '# Given names and the gender most people who bear them have, for "he" and "she".\n'
        "# Written by eval/given_names.py from nomquamgender's name data\n"
        "# (https://github.com/ianvanbuskirk/nomquamgender, MIT License, Copyright (c) 2022\n"
        "# Ian Van Buskirk): p(gf) >= 0.9 'f', <= 0.1 'm', with 5 or more sources and 200 or more\n"
        "# observations. Edit the script, not this file.\n"
    )
    OUT.write_text(header + "".join(rows), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} names")


if __name__ == "__main__":
    main()
