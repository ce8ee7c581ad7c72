"""Passages and attribution: split a cleaned document into quotations and narrative, and give every
quotation its speaker and stakeholder role from the role lexicon in `codebooks/roles.yaml`."""
