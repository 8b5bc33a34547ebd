"""Pieces of one or two languages joined into blocks, and each block set in type.

A block is one row on the page: an optional narrow column (the square to tick, a
clock time) and one text column per language, side by side in a bilingual plan.
Each cell is a ``QTextDocument`` laid out on the printer itself, so sizes in
points come out right at any resolution and the text stays vector text.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPaintDevice, QTextDocument, QTextOption

from vertprep.core.record import Record
from vertprep.printing.content import PlanWriter
from vertprep.printing.language import PrintLanguage
from vertprep.printing.options import PrintOptions
from vertprep.printing.pieces import Gutter, Kind, Piece
from vertprep.printing.plan_data import PlanData


class Block(Record):
    """One row of the printout: the same piece in each language, side by side."""

    key: str
    kind: Kind
    gutter: Gutter
    gutter_html: str
    cells: tuple[tuple[str, PrintLanguage], ...]
    keep_with_next: bool
    write_lines: int


def print_languages(options: PrintOptions) -> list[PrintLanguage]:
    """The printout's language, and the second one of a bilingual printout."""
    languages = [PrintLanguage(options.language)]
    if options.bilingual:
        languages.append(PrintLanguage(options.second_language))
    return languages


def join(per_language: list[list[Piece]], languages: list[PrintLanguage]) -> list[Block]:
    """Pair the pieces of each language by key, item by item."""
    blocks = []
    for pieces in zip(*per_language, strict=True):
        first = pieces[0]
        if any(piece.key != first.key for piece in pieces):
            raise ValueError(f"languages disagree on the pieces at {first.key}")
        cells = tuple((piece.body, lang) for piece, lang in zip(pieces, languages, strict=True))
        blocks.append(
            Block(
                first.key,
                first.kind,
                first.gutter,
                first.gutter_html,
                cells,
                first.keep_with_next,
                first.write_lines,
            )
        )
    return blocks


def plan_writers(data: PlanData, options: PrintOptions) -> list[PlanWriter]:
    """A writer for each language of the printout. A blank plan keeps only the date."""
    if options.blank:
        data = PlanData(printed_on=data.printed_on, team=data.team)
    return [PlanWriter(data, options, lang) for lang in print_languages(options)]


def build_blocks(writers: list[PlanWriter]) -> list[Block]:
    """Every block of the printout, in order."""
    return join([writer.pieces() for writer in writers], [writer.lang for writer in writers])


def page_block(key: str, writers: list[PlanWriter], texts: list[str]) -> Block:
    """A running header or footer: one text per language, no narrow column."""
    cells = tuple((text, writer.lang) for text, writer in zip(texts, writers, strict=True))
    return Block(key, Kind.TEXT, Gutter.NONE, "", cells, False, 0)


class CellDocument:
    """A cell's rich text, laid out on the printer at a given width (``None``: as wide
    as its content)."""

    def __init__(
        self,
        device: QPaintDevice,
        html: str,
        lang: PrintLanguage,
        point_size: float,
        width: float | None = None,
    ) -> None:
        self.lang = lang
        self.doc = QTextDocument()
        self.doc.documentLayout().setPaintDevice(device)
        self.doc.setDocumentMargin(0)
        self.doc.setDefaultFont(lang.font(point_size))
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        if lang.right_to_left:
            # Imported here: touching ``Qt`` creates its 93 enums, ~10 ms for a printout.
            from PySide6.QtCore import Qt

            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        self.doc.setDefaultTextOption(option)
        if width is not None:
            # Before the text: set afterwards, the whole text would be laid out twice.
            self.doc.setTextWidth(width)
        self.doc.setHtml(html)

    def natural_width(self) -> float:
        """The width of the longest line, laid out as wide as its content."""
        return self.doc.idealWidth()

    def height(self) -> float:
        return self.doc.size().height()

    def line_spans(self) -> list[tuple[float, float]]:
        """(top, bottom) of every line of text, in the document's coordinates."""
        spans = []
        block = self.doc.begin()
        while block.isValid():
            layout = block.layout()
            origin = layout.position()
            for number in range(layout.lineCount()):
                rect: QRectF = layout.lineAt(number).rect()
                spans.append((origin.y() + rect.top(), origin.y() + rect.bottom()))
            block = block.next()
        return spans
