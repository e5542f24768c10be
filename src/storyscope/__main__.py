"""Run the command line: ``python -m storyscope``."""

from storyscope.cli import main

main()
