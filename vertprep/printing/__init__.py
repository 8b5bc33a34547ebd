"""The printed plan: one document, drawn by one function onto any ``QPrinter``.

The preview, the print dialog, PDF export and ``vertprep print`` all call
:func:`vertprep.printing.render.render_plan`. Text stays vector text (each piece
is a ``QTextDocument``). Nothing here imports ``QtWidgets``, so printing works
with no display at all.
"""
