"""Benchmark: pypdf against pdfplumber on PDF releases made with fpdf2.

Builds 20 PDF fixtures in a temporary folder from synthetic release texts:
the Malay seed release (data/releases/2024-03-06-my-admm-retreat-luang-prabang.ms.txt)
as it is, shuffled and renumbered, with paragraphs merged into long ones,
with curly apostrophes, and two short English and Indonesian releases written
for this benchmark. Layouts vary: font size, justified or left-aligned text,
A4 or Letter, paragraph numbers inline ("1. Text...") or in a hanging indent
(number in its own cell, the paragraph in a box beside it), and one to three
copies of the body so that some fixtures run over several pages.

For each reader it measures

* time per page (open + extract, median of 3 passes over each fixture),
* text fidelity on whitespace-split word lists: difflib.SequenceMatcher
  ratio, and recall = words matched in order / source words,
* numbered paragraph starts that survive at line starts, using the same
  shape the project's document splitter expects: ``^\\s*N[.)]\\s+\\S``,
* curly quotes (“ ” ’) kept,
* runs of two or more spaces inside lines (the word-list metrics ignore
  them, but the project's ``normalise`` does not collapse them).

Usage::

    .venv/bin/python benchmarks/pdf_readers.py
"""

from __future__ import annotations

import difflib
import random
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from _report import header  # benchmarks/_report.py, beside this script

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "releases" / "2024-03-06-my-admm-retreat-luang-prabang.ms.txt"
NUMBERED = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")
CURLY = "“”’"

EN_RELEASE = """MINISTRY OF DEFENCE

MEDIA RELEASE

DEFENCE MINISTERS MEET ON MARITIME SECURITY COOPERATION IN SINGAPORE

1. Minister for Defence Dr Ng Eng Hen met his Malaysian counterpart at the Ministry of Defence on 3 to 5 June 2025, where both ministers reaffirmed the “excellent and longstanding” defence relations between the two countries.
2. The ministers discussed regional security developments, including the situation in the South China Sea, and agreed that ASEAN’s centrality and unity remain essential to a stable and rules-based regional order.
3. Both sides welcomed the progress of practical cooperation through bilateral exercises, cross-attendance of courses and professional exchanges between the armed forces, and looked forward to deepening cooperation in humanitarian assistance and disaster relief.
4. The ministers also exchanged views on cybersecurity and on the growing importance of defence science and technology, and noted the value of the ADMM and ADMM-Plus as the region’s principal platforms for defence dialogue.
5. The visit underscored the “close and warm” ties between the two defence establishments and their shared commitment to regional peace and security.

- END -

30 May 2025"""

ID_RELEASE = """KEMENTERIAN PERTAHANAN REPUBLIK INDONESIA

SIARAN PERS

MENHAN RI TERIMA KUNJUNGAN MENTERI PERTAHANAN AUSTRALIA DI JAKARTA

1. Menteri Pertahanan Republik Indonesia menerima kunjungan kehormatan Wakil Perdana Menteri dan Menteri Pertahanan Australia di Kantor Kementerian Pertahanan, Jakarta, Jumat (7/3/2025). Kedua menteri menegaskan kembali “kemitraan strategis komprehensif” antara kedua negara.
2. Dalam pertemuan tersebut kedua pihak membahas penguatan kerja sama pertahanan, termasuk latihan bersama, pendidikan dan pelatihan, serta kerja sama industri pertahanan yang saling menguntungkan.
3. Kedua menteri juga bertukar pandangan mengenai keamanan maritim, penanggulangan terorisme dan bantuan kemanusiaan serta penanggulangan bencana di kawasan, dengan menekankan pentingnya sentralitas ASEAN.
4. Pertemuan ditutup dengan komitmen untuk menindaklanjuti hasil pembicaraan melalui mekanisme dialog pertahanan yang sudah ada, termasuk pertemuan tahunan tingkat menteri pada tanggal 10 Maret 2025.

SELESAI"""


# ------------------------------------------------------------------------- texts


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def renumber(paras: list[str]) -> list[str]:
    out, k = [], 0
    for p in paras:
        m = NUMBERED.match(p)
        if m:
            k += 1
            p = f"{k}. {m.group(2)}"
        out.append(p)
    return out


def vary(base: list[str], kind: str, rng: random.Random) -> list[str]:
    """A variation of a release's paragraphs."""
    head = [p for p in base if not NUMBERED.match(p)][:4]
    body = [p for p in base if NUMBERED.match(p)]
    tail = [p for p in base if not NUMBERED.match(p)][4:]
    if kind == "as-is":
        return base
    if kind == "shuffled":
        body = body[:]
        rng.shuffle(body)
        body = body[: max(3, len(body) - rng.randint(0, 3))]
        return renumber(head + body + tail)
    if kind == "long":
        # merge consecutive paragraphs into long ones that wrap over many lines
        merged = []
        for i in range(0, len(body), 2):
            texts = [NUMBERED.match(p).group(2) for p in body[i : i + 2]]
            merged.append("1. " + " ".join(texts))
        return renumber(head + merged + tail)
    if kind == "curly":
        return [p.replace("'", "’") for p in base]
    raise ValueError(kind)


@dataclass
class Fixture:
    name: str
    paras: list[str]
    size: float
    align: str
    page: str
    hanging: bool
    copies: int

    @property
    def text(self) -> str:
        return "\n".join(self.paras * self.copies)

    @property
    def describe(self) -> str:
        num = "hanging" if self.hanging else "inline"
        return f"{self.size:g}pt {self.align} {self.page} num={num} ×{self.copies}"


def fixtures(font_ok: bool) -> list[Fixture]:
    rng = random.Random(7)
    seed = paragraphs(SEED.read_text(encoding="utf-8"))
    sources = {
        "ms-seed": seed,
        "en": paragraphs(EN_RELEASE),
        "id": paragraphs(ID_RELEASE),
    }
    plan = [
        ("ms-seed", "as-is"), ("ms-seed", "shuffled"), ("ms-seed", "long"), ("ms-seed", "curly"),
        ("ms-seed", "as-is"), ("ms-seed", "shuffled"), ("ms-seed", "long"), ("ms-seed", "curly"),
        ("en", "as-is"), ("en", "long"), ("en", "shuffled"), ("en", "as-is"),
        ("id", "as-is"), ("id", "long"), ("id", "shuffled"), ("id", "as-is"),
        ("ms-seed", "shuffled"), ("ms-seed", "long"), ("en", "curly"), ("id", "curly"),
    ]  # fmt: skip
    out = []
    for i, (src, kind) in enumerate(plan):
        paras = vary(sources[src], kind, rng)
        if not font_ok:
            paras = [p.replace("“", '"').replace("”", '"').replace("’", "'") for p in paras]
        out.append(
            Fixture(
                name=f"{i + 1:02d}-{src}-{kind}",
                paras=paras,
                size=rng.choice([10, 11, 12]),
                align=rng.choice(["J", "L"]),
                page=rng.choice(["A4", "Letter"]),
                hanging=i % 2 == 1,
                copies=rng.choice([1, 1, 2, 3]),
            )
        )
    return out


# -------------------------------------------------------------------------- PDFs


def find_font() -> Path | None:
    """DejaVuSans.ttf from fontconfig, the usual folders, or matplotlib."""
    try:
        out = subprocess.run(["fc-list", ":", "file"], capture_output=True, text=True, timeout=30)
        for line in out.stdout.splitlines():
            path = Path(line.split(":")[0].strip())
            if path.name == "DejaVuSans.ttf" and path.is_file():
                return path
    except (OSError, subprocess.SubprocessError):
        pass
    for folder in ("/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".fonts")):
        for path in Path(folder).rglob("DejaVuSans.ttf") if Path(folder).is_dir() else []:
            return path
    try:
        import matplotlib

        path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
        return path if path.is_file() else None
    except ImportError:
        return None


def build_pdf(fx: Fixture, font: Path | None, target: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format=fx.page)
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    if font:
        pdf.add_font("DejaVu", "", str(font))
        pdf.set_font("DejaVu", size=fx.size)
    else:
        pdf.set_font("Helvetica", size=fx.size)
    lh = fx.size * 0.5
    for para in fx.paras * fx.copies:
        m = NUMBERED.match(para)
        if m and fx.hanging:
            pdf.cell(10, lh, f"{m.group(1)}.")
            pdf.multi_cell(0, lh, m.group(2), align=fx.align, new_x="LMARGIN", new_y="NEXT")
        else:
            align = fx.align if len(para) > 90 else "L"
            pdf.multi_cell(0, lh, para, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(lh * 0.6)
    pdf.output(str(target))


# ----------------------------------------------------------------------- readers


def read_pypdf(path: Path) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    return [page.extract_text() or "" for page in reader.pages]


def read_pdfplumber(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


READERS = {"pypdf": read_pypdf, "pdfplumber": read_pdfplumber}


@dataclass
class Score:
    pages: int
    seconds: float
    ratio: float
    recall: float
    numbered_ok: int
    numbered_total: int
    curly_out: int
    curly_src: int
    double_spaces: int


def score(fx: Fixture, pages: list[str], seconds: float) -> Score:
    src_words = fx.text.split()
    text = "\n".join(pages)
    out_words = text.split()
    sm = difflib.SequenceMatcher(None, src_words, out_words, autojunk=False)
    matched = sum(block.size for block in sm.get_matching_blocks())
    expected = [int(m.group(1)) for p in fx.paras * fx.copies if (m := NUMBERED.match(p))]
    found = [int(m.group(1)) for m in re.finditer(r"^\s*(\d{1,3})[.)]\s+\S", text, re.MULTILINE)]
    # count expected numbers found at line starts, as a multiset
    pool = list(found)
    ok = 0
    for n in expected:
        if n in pool:
            pool.remove(n)
            ok += 1
    return Score(
        pages=len(pages),
        seconds=seconds,
        ratio=sm.ratio(),
        recall=matched / len(src_words),
        numbered_ok=ok,
        numbered_total=len(expected),
        curly_out=sum(text.count(c) for c in CURLY),
        curly_src=sum(fx.text.count(c) for c in CURLY),
        double_spaces=len(re.findall(r"[ \t]{2,}", text)),
    )


# ------------------------------------------------------------------------ report


def main() -> None:
    print(header("PDF text extraction: pypdf vs pdfplumber",
                 ["pypdf", "pdfplumber", "pdfminer.six", "fpdf2"]))  # fmt: skip
    font = find_font()
    if font:
        print(f"- font: {font} (curly quotes “ ” ’ kept in the fixtures)")
    else:
        print("- font: no DejaVuSans.ttf found; core Helvetica used and curly quotes "
              "replaced by straight ones")  # fmt: skip
    fxs = fixtures(font is not None)
    tmp = Path(tempfile.mkdtemp(prefix="adkg-pdf-bench-"))
    try:
        paths = []
        for fx in fxs:
            path = tmp / f"{fx.name}.pdf"
            build_pdf(fx, font, path)
            paths.append(path)
        print(f"- {len(fxs)} fixtures built with fpdf2; time = open + extract all pages, "
              "median of 3 passes\n")  # fmt: skip

        results: dict[str, list[Score]] = {}
        for name, read in READERS.items():
            read(paths[0])  # warm-up: imports, font caches
            scores = []
            for fx, path in zip(fxs, paths, strict=True):
                runs = []
                pages: list[str] = []
                for _ in range(3):
                    t0 = time.perf_counter()
                    pages = read(path)
                    runs.append(time.perf_counter() - t0)
                scores.append(score(fx, pages, statistics.median(runs)))
            results[name] = scores

        for name, scores in results.items():
            print(f"## {name}\n")
            print("| fixture | layout | pages | ms/page | word ratio | word recall "
                  "| numbered starts | curly quotes | double-space runs |")  # fmt: skip
            print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
            for fx, s in zip(fxs, scores, strict=True):
                print(
                    f"| {fx.name} | {fx.describe} | {s.pages} | {s.seconds / s.pages * 1000:,.1f} "
                    f"| {s.ratio:.4f} | {s.recall:.4f} | {s.numbered_ok}/{s.numbered_total} "
                    f"| {s.curly_out}/{s.curly_src} | {s.double_spaces} |"
                )
            print()

        print("## Summary\n")
        print("| reader | pages | ms/page (mean) | word ratio (mean) | word recall (mean) "
              "| fixtures with all words | numbered starts kept | curly quotes kept "
              "| double-space runs |")  # fmt: skip
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for name, scores in results.items():
            pages = sum(s.pages for s in scores)
            secs = sum(s.seconds for s in scores)
            perfect = sum(s.recall == 1.0 for s in scores)
            nok = sum(s.numbered_ok for s in scores)
            ntot = sum(s.numbered_total for s in scores)
            cout = sum(s.curly_out for s in scores)
            csrc = sum(s.curly_src for s in scores)
            print(
                f"| {name} | {pages} | {secs / pages * 1000:,.1f} "
                f"| {statistics.mean(s.ratio for s in scores):.4f} "
                f"| {statistics.mean(s.recall for s in scores):.4f} | {perfect}/{len(scores)} "
                f"| {nok}/{ntot} ({nok / ntot:.0%}) | {cout}/{csrc} "
                f"| {sum(s.double_spaces for s in scores):,} |"
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
