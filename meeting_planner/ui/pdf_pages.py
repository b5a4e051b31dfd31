"""Pages of a PDF printout as images (PDFium through pypdfium2), for the preview and for printing with QPrinter.

QPainter may paint onto QImage and QPrinter outside the GUI thread, so both run through ``ui/workers.py``;
PDFium itself is not thread-safe, so callers run one of these at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtPrintSupport import QPrinter

#: Printing renders at the printer's resolution, but never finer than this (an A4 page at 300 dpi is 26 MB).
MAX_PRINT_DPI = 300


def page_count(path: Path) -> int:
    """How many pages the PDF has."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def _image(document: object, index: int, dpi: float) -> QImage:
    page = document[index]  # type: ignore[index]
    try:
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        try:
            formats = {3: QImage.Format.Format_RGB888, 4: QImage.Format.Format_RGBX8888}
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, formats[bitmap.n_channels])
            return image.copy()  # own the pixels before PDFium frees the bitmap
        finally:
            bitmap.close()
    finally:
        page.close()


def render_page(path: Path, index: int, width: int) -> tuple[QImage, int]:
    """Page ``index`` (0-based) about ``width`` pixels wide, and the page count."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        count = len(document)
        index = max(0, min(index, count - 1))
        points = document[index].get_size()[0] or 595
        return _image(document, index, 72 * width / points), count
    finally:
        document.close()


def print_pdf(path: Path, printer: QPrinter, progress: Callable[[int, int], None] | None = None) -> int:
    """Paint every page of the PDF onto ``printer``, each fitted to the printable area (turned when its
    orientation differs from the paper's); returns the number of pages printed."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    painter = QPainter()
    try:
        count = len(document)
        if count == 0 or not painter.begin(printer):
            return 0
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for index in range(count):
            if index:
                printer.newPage()
            image = _image(document, index, dpi)
            area = QRectF(painter.viewport())
            if (image.width() > image.height()) != (area.width() > area.height()):
                image = image.transformed(QTransform().rotate(-90))  # top of the page to the left, as drivers do
            scaled = image.size().scaled(area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(
                area.x() + (area.width() - scaled.width()) / 2,
                area.y() + (area.height() - scaled.height()) / 2,
                scaled.width(),
                scaled.height(),
            )
            painter.drawImage(target, image)
            if progress is not None:
                progress(index + 1, count)
        return count
    finally:
        if painter.isActive():
            painter.end()
        document.close()
