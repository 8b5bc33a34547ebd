"""The reminder agent: ``vertprep --background`` announces reminders with no window open.

``moments`` and ``engine`` decide what to announce and when (plain Python, tested
with a fake clock); ``service`` is the thin Qt shell around them (one single-shot
timer to the next moment, a watch on the data folder); ``backends`` show the
notifications; ``run`` starts it all from the command line.
"""
