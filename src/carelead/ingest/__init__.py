"""Documents in: sniff the format, read it, clean page artefacts and web boilerplate, store it."""
