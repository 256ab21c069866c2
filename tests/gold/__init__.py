"""Hand-made gold alignments of article pairs, written by sentence text."""
