#!/usr/bin/env python3
"""Reference figure for the xlsx benchmark: the Skills and Matrix sheets of the same generated
workspace written by Python's XlsxWriter, with the same formats, formulas, links and widths
as folio's FolioXLSX (which also writes the smaller Target sheet, so Python does a little less).

    python3 Benchmarks/xlsx_reference.py WORKSPACE.json OUT.xlsx [RUNS]

WORKSPACE.json comes from `folio-xlsx-bench --dump`. Installs xlsxwriter with pip if missing.
"""
import json
import math
import os
import statistics
import subprocess
import sys
import time


def ensure_xlsxwriter():
    try:
        import xlsxwriter  # noqa: F401
    except ImportError:
        print("xlsxwriter missing: pip install xlsxwriter", file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "xlsxwriter"])
    import xlsxwriter
    return xlsxwriter


def display_width(text):
    longest = current = 0
    for ch in text:
        if ch == "\n":
            longest, current = max(longest, current), 0
            continue
        code = ord(ch)
        wide = (0x1100 <= code <= 0x115F or 0x2E80 <= code <= 0x303E or 0x3041 <= code <= 0x33FF
                or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7A3
                or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFF60)
        current += 2 if wide else 1
    return max(longest, current)


def column_letters(index):
    letters = ""
    while True:
        letters = chr(65 + index % 26) + letters
        index = index // 26 - 1
        if index < 0:
            return letters


def months_between(since, today):
    sy, sm = map(int, since.split("-"))
    ty, tm = map(int, today.split("-"))
    return (ty - sy) * 12 + (tm - sm)


def write(xlsxwriter, data, path):
    skills, projects, stories = data["skills"], data["projects"], data["stories"]
    row_of = {skill["name"]: i for i, skill in enumerate(skills)}
    column_of = {project["id"]: i for i, project in enumerate(projects)}
    used_in = [[] for _ in skills]
    story_of = [[] for _ in skills]
    marks = [dict() for _ in skills]
    for c, project in enumerate(projects):
        for name in dict.fromkeys(project["stack"]):
            r = row_of.get(name)
            if r is not None:
                used_in[r].append(c)
                marks[r][c] = marks[r].get(c, 0) | 1
    for s, story in enumerate(stories):
        c = column_of.get(story["project"])
        for name in dict.fromkeys(story["skills"]):
            r = row_of.get(name)
            if r is not None and c is not None:
                story_of[r].append(s)
                marks[r][c] = marks[r].get(c, 0) | 2

    workbook = xlsxwriter.Workbook(path)
    header = workbook.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDEBF7", "bottom": 1})
    link_header = workbook.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDEBF7",
                                       "bottom": 1, "underline": 1, "font_color": "#0563C1"})
    top = workbook.add_format({"valign": "top"})
    text = workbook.add_format({"valign": "top", "text_wrap": True})
    one_decimal = workbook.add_format({"valign": "top", "num_format": "0.0"})
    evidenced = workbook.add_format({"valign": "top", "bg_color": "#E2EFDA"})
    claimed = workbook.add_format({"valign": "top", "bg_color": "#FFF2CC"})
    mark = workbook.add_format({"align": "center"})
    total = workbook.add_format({"bold": True, "align": "center", "bg_color": "#F2F2F2"})
    note = workbook.add_format({"font_color": "#595959"})

    # Sheet 스킬
    sheet = workbook.add_worksheet("스킬")
    titles = ["스킬", "분류", "수준 (1–5)", "버전", "어디까지 설정해 봤나", "사용 시작", "사용 기간 (년)",
              "사용 프로젝트 수", "관련 사례 수", "근거 (프로젝트·사례)", "상태"]
    widths = [display_width(t) for t in titles]
    for c, title in enumerate(titles):
        sheet.write_string(0, c, title, header)
    for i, skill in enumerate(skills):
        r = i + 1
        # Half away from zero, as Swift's rounded(): 3 years 3 months is 3.3, not Python's 3.2.
        years = math.floor(max(0, months_between(skill["since"], data["today"])) / 12 * 10 + 0.5) / 10
        evidence = "; ".join([projects[c]["title"] for c in used_in[i]] + ["사례: " + stories[s]["title"] for s in story_of[i]])
        ok = bool(used_in[i] or story_of[i])
        values = [skill["name"], skill["category"], None, skill["version"], skill["depth"], skill["since"], None,
                  None, None, evidence, "근거 있음" if ok else "주장만"]
        for c, value in enumerate(values):
            if value is not None:
                sheet.write_string(r, c, value, text if c in (4, 9) else (evidenced if ok else claimed) if c == 10 else top)
                widths[c] = max(widths[c], display_width(value))
        sheet.write_number(r, 2, skill["level"], top)
        sheet.write_number(r, 6, years, one_decimal)
        sheet.write_number(r, 7, len(used_in[i]), top)
        sheet.write_number(r, 8, len(story_of[i]), top)
    limits = {0: (8, 28), 3: (6, 24), 4: (20, 60), 9: (16, 50)}
    for c, width in enumerate(widths):
        low, high = limits.get(c, (6, 40))
        sheet.set_column(c, c, min(max(width + 2, low), high))
    last = max(len(skills), 1)
    sheet.freeze_panes(1, 1)
    sheet.autofilter(0, 0, last, 10)
    sheet.data_validation(1, 2, last, 2, {"validate": "list", "source": ["1", "2", "3", "4", "5"],
                                          "input_title": "수준", "input_message": "1–5"})
    sheet.conditional_format(1, 2, last, 2, {"type": "3_color_scale", "min_type": "num", "min_value": 1,
                                             "mid_type": "num", "mid_value": 3, "max_type": "num", "max_value": 5,
                                             "min_color": "#F8696B", "mid_color": "#FFEB84", "max_color": "#63BE7B"})
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)

    # Sheet 매트릭스
    sheet = workbook.add_worksheet("매트릭스")
    count = len(projects)
    project_total, story_total = count + 1, count + 2
    sheet.write_string(0, 0, "스킬", header)
    for c, project in enumerate(projects):
        sheet.write_url(0, c + 1, project["link"], link_header, project["title"])
    sheet.write_string(0, project_total, "사용 프로젝트", header)
    sheet.write_string(0, story_total, "사례 표시", header)
    column_counts = [0] * count
    stack_sum = story_sum = 0
    name_width = display_width("스킬")
    last_letter = column_letters(count)
    for i, skill in enumerate(skills):
        r = i + 1
        sheet.write_string(r, 0, skill["name"])
        name_width = max(name_width, display_width(skill["name"]))
        stack_marks = story_marks = 0
        for c in sorted(marks[i]):
            m = marks[i][c]
            sheet.write_string(r, c + 1, ("●" if m & 1 else "") + ("◆" if m & 2 else ""), mark)
            column_counts[c] += 1
            stack_marks += m & 1
            story_marks += (m & 2) >> 1
        stack_sum += stack_marks
        story_sum += story_marks
        cells = f"B{r + 1}:{last_letter}{r + 1}"
        sheet.write_formula(r, project_total, f'COUNTIF({cells},"●")+COUNTIF({cells},"●◆")', total, stack_marks)
        sheet.write_formula(r, story_total, f'COUNTIF({cells},"◆")+COUNTIF({cells},"●◆")', total, story_marks)
    total_row = len(skills) + 1
    sheet.write_string(total_row, 0, "합계", header)
    for c in range(count):
        letter = column_letters(c + 1)
        sheet.write_formula(total_row, c + 1, f"COUNTA({letter}2:{letter}{total_row})", total, column_counts[c])
    for c, value in ((project_total, stack_sum), (story_total, story_sum)):
        letter = column_letters(c)
        sheet.write_formula(total_row, c, f"SUM({letter}2:{letter}{total_row})", total, value)
    sheet.write_string(total_row + 2, 0, "● 프로젝트 스택에 사용 · ◆ 그 프로젝트의 트러블슈팅 사례가 다룸 · 합계는 수식입니다", note)
    sheet.set_column(0, 0, min(max(name_width + 2, 10), 28))
    for c, project in enumerate(projects):
        sheet.set_column(c + 1, c + 1, min(max(display_width(project["title"]) / 3, 8), 16))
    sheet.set_column(project_total, story_total, 12)
    sheet.freeze_panes(1, 1)
    sheet.autofilter(0, 0, max(len(skills), 1), story_total)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.repeat_rows(0)

    workbook.set_properties({"title": "김벤치 — 스킬 매트릭스", "author": "김벤치", "subject": "스킬 매트릭스",
                             "keywords": "스킬 매트릭스, folio"})
    workbook.close()


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    xlsxwriter = ensure_xlsxwriter()
    with open(sys.argv[1], encoding="utf-8") as handle:
        data = json.load(handle)
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    os.makedirs(os.path.dirname(os.path.abspath(sys.argv[2])), exist_ok=True)
    seconds = []
    for run in range(1, runs + 1):
        start = time.perf_counter()
        write(xlsxwriter, data, sys.argv[2])
        seconds.append(time.perf_counter() - start)
        print(f"run {run}: {seconds[-1]:.3f} s")
    marks = sum(len(p["stack"]) for p in data["projects"])
    size = os.path.getsize(sys.argv[2]) / 1048576
    print(f"python+XlsxWriter {xlsxwriter.__version__}: {len(data['skills'])} skills x {len(data['projects'])} projects, "
          f"{marks} stack marks, {len(data['stories'])} stories: median {statistics.median(seconds):.3f} s "
          f"over {runs} runs ({os.path.basename(sys.argv[2])}, {size:.1f} MB)")


if __name__ == "__main__":
    main()
