"""`carelead export qdpx|qdc|xlsx` and `carelead report`: take the results elsewhere.

Each command resolves nothing itself: it calls one `export_*` function of `carelead.export`, which
reads the store, builds the file in memory and writes it atomically, then narrates on stderr what it
wrote. A missing output folder or a folder without write permission is a one-line error, exit 1.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from carelead.cli.common import ScopeArg, say, store, warn_stale

app = typer.Typer()
group = typer.Typer(
    help="Export to REFI-QDA (NVivo, ATLAS.ti, MAXQDA, QualCoder) and Excel.\n\n"
    "Example: carelead export qdpx corpus.qdpx",
    no_args_is_help=True,
)
app.add_typer(group, name="export")

OutArg = Annotated[Path, typer.Argument(help="The file to write.", show_default=False)]
CodebookOpt = Annotated[
    Path | None,
    typer.Option(
        "--codebook", help="Codebook YAML (default: the shipped codebook).", show_default=False
    ),
]
RolesOpt = Annotated[
    Path | None,
    typer.Option(
        "--roles", help="Role lexicon YAML (default: the shipped lexicon).", show_default=False
    ),
]
CompareOpt = Annotated[
    tuple[str, str] | None,
    typer.Option(
        "--compare",
        help="Also compare two documents or collections: --compare A B.",
        show_default=False,
    ),
]


@group.command("qdpx")
def qdpx(
    ctx: typer.Context,
    out: OutArg,
    scope: ScopeArg = None,
    codebook: CodebookOpt = None,
    roles: RolesOpt = None,
) -> None:
    """A REFI-QDA project: documents, codebook, stakeholder codes and cases, coded passages.

    Example: carelead export qdpx corpus.qdpx kingsfund-2021
    """
    from carelead.export.qdpx import export_qdpx

    with store(ctx) as s:
        summary = export_qdpx(s, scope or [], out, codebook=codebook, roles=roles)
        warn_stale(ctx, s, scope, roles=roles, codebook=codebook)
    say(
        ctx,
        f"wrote {out}: {summary.documents} documents, {summary.codes} codes, {summary.cases} cases,"
        f" {summary.selections} coded passages ({summary.codings} codings)",
    )


@group.command("qdc")
def qdc(ctx: typer.Context, out: OutArg, codebook: CodebookOpt = None) -> None:
    """The codebook alone as a REFI-QDA codebook (.qdc), patterns in each code's description.

    Example: carelead export qdc social-care-leadership.qdc
    """
    from carelead.export.qdc import export_qdc

    n = export_qdc(out, codebook=codebook)
    say(ctx, f"wrote {out}: {n} codes")


@group.command("xlsx")
def xlsx(
    ctx: typer.Context,
    out: OutArg,
    scope: ScopeArg = None,
    compare: CompareOpt = None,
    codebook: CodebookOpt = None,
    roles: RolesOpt = None,
) -> None:
    """An Excel workbook: passages with metadata, theme × role, tone by role, and a comparison.

    Example: carelead export xlsx results.xlsx --compare kingsfund-2021 messenger-2022
    """
    from carelead.export.xlsx import export_xlsx

    with store(ctx) as s:
        sheets = export_xlsx(s, scope or [], out, compare=compare, codebook=codebook, roles=roles)
        warn_stale(
            ctx,
            s,
            [*(scope or []), *(compare or [])] if scope else [],
            roles=roles,
            codebook=codebook,
        )
    say(ctx, f"wrote {out}: sheets {', '.join(sheets)}")


@app.command("report")
def report(
    ctx: typer.Context,
    out: OutArg,
    scope: ScopeArg = None,
    compare: CompareOpt = None,
    codebook: CodebookOpt = None,
    roles: RolesOpt = None,
    title: Annotated[
        str | None, typer.Option("--title", help="The report's title.", show_default=False)
    ] = None,
) -> None:
    """One self-contained HTML report (offline): heatmap, tone by role, comparison, passage browser.

    Example: carelead report report.html --compare kingsfund-2021 messenger-2022
    """
    from carelead.export.report import export_report

    with store(ctx) as s:
        data = export_report(
            s, scope or [], out, compare=compare, codebook=codebook, roles=roles, title=title
        )
        warn_stale(
            ctx,
            s,
            [*(scope or []), *(compare or [])] if scope else [],
            roles=roles,
            codebook=codebook,
        )
    say(
        ctx,
        f"wrote {out}: {len(data.docs)} documents,"
        f" {len(data.passages)} passages in its browser (quotations and themed narrative)",
    )
