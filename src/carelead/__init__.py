"""carelead: corpus analysis for qualitative policy research on adult social care leadership.

The package is laid out as the pipeline runs:

    ingest/     documents in: sniff the format, read it, clean page artefacts and web boilerplate
    passages/   split a document into passages and attribute each quotation to a speaker and role
    tagging/    tag passages with codebook themes (rules and TF-IDF), keeping the evidence
    analysis/   tone, theme-by-role variation, report comparison
    export/     REFI-QDA, spreadsheets, the HTML report
    evaluate/   measure attribution, themes, tone and agreement against hand coding
    store/      the SQLite corpus store that joins the stages
    cli/        thin typer commands over all of the above
"""

__version__ = "0.1.0"
