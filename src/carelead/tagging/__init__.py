"""Theme tagging against a YAML codebook: rules (spaCy matchers) and TF-IDF, keeping the evidence."""
