"""Take results elsewhere: REFI-QDA projects and codebooks, spreadsheets, a self-contained HTML report."""
