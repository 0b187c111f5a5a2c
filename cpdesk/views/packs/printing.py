"""Printing a pack: the system's print dialog, then each page rendered by PDFium and painted on the printer.

Printing the rendered pages (not handing the file to a system program) means cpdesk prints the same on
every machine, with nothing installed beside it. Pages are rendered at up to 300 dots per inch, which
prints text crisply without holding hundreds of megabytes at once. The painting runs on the runner's
worker: QPainter may paint on a QPrinter outside the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from cpdesk.errors import OutputError
from cpdesk.views.common.tasks import Runner
from cpdesk.views.papers.pdf import PaperPdf

MOST_DPI = 300


def print_pdf(printer: QPrinter, data: bytes) -> int:
    """Paint the PDF's pages (the printer's page range, or all) on the printer; return how many printed."""
    pdf = PaperPdf(data)
    try:
        count = pdf.page_count
        first = max(1, printer.fromPage() or 1)
        last = min(count, printer.toPage() or count)
        if first > last:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            raise OutputError("the printer could not be started: check it is connected and has paper")
        try:
            dpi = min(printer.resolution(), MOST_DPI)
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                rendered = pdf.render(number - 1, dpi / 72)
                area = QRectF(painter.viewport())
                fit = min(area.width() / rendered.image.width(), area.height() / rendered.image.height())
                width, height = rendered.image.width() * fit, rendered.image.height() * fit
                target = QRectF(area.x() + (area.width() - width) / 2, area.y(), width, height)
                painter.drawImage(target, rendered.image)
        finally:
            painter.end()
        return last - first + 1
    finally:
        pdf.close()


def new_printer(document_name: str) -> QPrinter:
    """A printer set for an A4 document, at high resolution, named for the print queue."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document_name)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the pack has its own margins
    return printer


def ask_and_print(parent: QWidget, pdf: Path, runner: Runner, say: Callable[[str], None]) -> QPrintDialog:
    """Open the system's print dialog for the PDF (non-blocking); print off the GUI thread when chosen."""
    printer = new_printer(pdf.stem)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print the briefing pack")
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)

    def chosen() -> None:
        say(f"Printing {pdf.name}…")
        data = pdf.read_bytes()

        def printed(pages: int) -> None:
            say(f"Sent {pages} {'page' if pages == 1 else 'pages'} of {pdf.name} to the printer.")

        def failed(error: BaseException) -> None:
            say(f"{pdf.name} was not printed: {error}")

        runner.submit(lambda: print_pdf(printer, data), printed, failed)

    dialog.accepted.connect(chosen)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()  # not exec(): the window goes on drawing while the dialog is open
    return dialog
