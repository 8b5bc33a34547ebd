"""Where the plan goes as a file: a PDF, drawn through ``QPdfWriter``.

A PDF and a system printer (:mod:`vertprep.printing.printers`) both go through
:func:`vertprep.printing.render.render_plan`. A PDF is drawn into a temporary file
beside the target and moved into place only when complete, so a failure never
leaves half a file, nor replaces a good one. Nothing here loads QtPrintSupport:
``vertprep print --out`` needs only QtGui.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPdfWriter

from vertprep import APP_NAME
from vertprep.printing.content import CONTEXT
from vertprep.printing.language import PrintLanguage
from vertprep.printing.options import PrintOptions
from vertprep.printing.plan_data import PlanData
from vertprep.printing.render import PrintError, RenderResult, render_plan

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# What QPrinter's HighResolution mode gives a PDF: the same layout either way.
PDF_DPI = 1200

# Wide enough for any printer's unprintable edge, narrow enough for large print.
MARGINS_MM = QMarginsF(16, 14, 16, 12)


def document_title(options: PrintOptions, data: PlanData) -> str:
    """The PDF's title (and the print job's name), in the printout's language."""
    title = PrintLanguage(options.language).tr(
        CONTEXT, QT_TRANSLATE_NOOP("PrintedPlan", "Your vertebroplasty plan")
    )
    if not options.blank and data.profile.name:
        return f"{title} \u2013 {data.profile.name}"
    return title


def configure_printer(
    printer: QPrinter | QPdfWriter, options: PrintOptions, data: PlanData
) -> None:
    """Paper, margins and job name for ``options`` (the preview and exports share these)."""
    configure_page(printer, options, document_title(options, data))


def configure_page(device: QPagedPaintDevice, options: PrintOptions, title: str) -> None:
    """Paper, margins and title of any printout (the plan, the follow-up report), on a
    ``QPdfWriter`` (a PDF file) or a ``QPrinter`` (a printer, the preview)."""
    device.setPageSize(options.paper.page_size())
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    device.setCreator(APP_NAME)
    if isinstance(device, QPdfWriter):
        device.setTitle(title)
        return
    device.setFullPage(False)
    device.setDocName(title)
    device.setCopyCount(1)  # a copy count left over from an earlier job is a surprise


# A PDF ends with this marker (and a line end); Qt writes it last, so a file cut short
# by a full disk lacks it.
PDF_END = b"%%EOF"
# Below this much free space, an unfinished PDF is put down to a full disk.
NEARLY_FULL_BYTES = 1024 * 1024


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _check_complete(temporary: str, folder: Path) -> None:
    """Raise unless Qt wrote the whole PDF (Qt itself does not report write errors)."""
    size = os.path.getsize(temporary)
    with open(temporary, "rb") as stream:
        stream.seek(max(0, size - 64))
        tail = stream.read()
    if size > 0 and PDF_END in tail:
        with open(temporary, "rb+") as stream:
            os.fsync(stream.fileno())  # a delayed write error (a full disk) shows here
        return
    if _nearly_full(folder):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(folder))
    raise PrintError("the PDF could not be written completely")


def write_pdf(path: Path, options: PrintOptions, data: PlanData) -> RenderResult:
    """Write the plan to ``path`` as a PDF; raises ``OSError`` or ``PrintError``."""

    def draw(writer: QPdfWriter) -> RenderResult:
        configure_printer(writer, options, data)
        return render_plan(writer, options, data)

    return draw_pdf(path, draw)


def draw_pdf(path: Path, draw: Callable[[QPdfWriter], RenderResult]) -> RenderResult:
    """A PDF at ``path`` drawn by ``draw(writer)``; raises ``OSError`` or ``PrintError``.

    The PDF is drawn into a temporary file beside ``path``, checked complete, and
    only then moved over ``path``: on any failure an existing file stays as it was.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not path.is_file():
        # Never replace a device (/dev/null, as root) or a folder with a file.
        raise PrintError(f"{path} is not a regular file")
    # Fails at once with a clear OSError if the folder is missing or read-only;
    # created 0600, like every file vertprep writes with personal data.
    handle, temporary = tempfile.mkstemp(prefix=".vertprep-", suffix=".pdf", dir=folder)
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(PDF_DPI)
        result = draw(writer)
        del writer  # closes the file before it is checked and moved
        _check_complete(temporary, folder)
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, PrintError) and _nearly_full(folder):
            # Qt says only that a page could not start: the real reason is the disk.
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(folder)) from error
        raise
    _sync_folder(folder)
    return result


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the system allows it)."""
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
