"""Search-quality measurement: labelled queries over data/practices/ and their metrics."""
