"""Evaluation harnesses over real datasets, each with its peers measured in the same run."""
