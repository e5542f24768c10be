"""The served app: the dossier and a claim check over HTTP."""
