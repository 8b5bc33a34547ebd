"""The system's printers (CUPS queues on Linux): listing them and printing on one.

Kept apart from :mod:`vertprep.printing.output` so that writing a PDF file never
loads QtPrintSupport: a PDF is drawn through ``QPdfWriter``, a printer through
``QPrinter``, and both through the one :func:`~vertprep.printing.render.render_plan`.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from vertprep.printing.options import PrintOptions
from vertprep.printing.output import configure_printer
from vertprep.printing.plan_data import PlanData
from vertprep.printing.render import RenderResult, render_plan


def printer_names() -> list[str]:
    """The system's printers (CUPS queues on Linux), the default one first."""
    names = QPrinterInfo.availablePrinterNames()
    default = QPrinterInfo.defaultPrinterName()
    return sorted(names, key=lambda name: (name != default, name.lower()))


def default_printer_name() -> str:
    return QPrinterInfo.defaultPrinterName()


def print_on(name: str, options: PrintOptions, data: PlanData) -> RenderResult:
    """Send the plan to the system printer called ``name``; ``LookupError`` if there is none."""
    info = QPrinterInfo.printerInfo(name)
    if info.isNull() or name not in QPrinterInfo.availablePrinterNames():
        raise LookupError(name)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    configure_printer(printer, options, data)
    return render_plan(printer, options, data)
