#!/usr/bin/env python3
"""Generate a synthetic folio workspace for benchmarks and load tests.

    python3 Benchmarks/generate_workspace.py OUT --projects 1000 --stories 3000 --skills 300

Writes OUT/folio.yaml, OUT/skills.yaml, OUT/projects/*.md and OUT/stories/*.md in the format of
FORMAT.md. Content is realistic Korean text shaped like the examples (front matter, sections,
bullets, numbers), so every rule has real work to do; stories are spread over the projects
round-robin. Skill names come from folio's catalog; beyond its size, names are made up (and
`skill.unknown` looks for the nearest catalog name for each). Deterministic for a given --seed.
"""
import argparse
import json
import os
import random
import sys
from pathlib import Path

CATALOG = Path(__file__).resolve().parent.parent / "Sources/FolioModel/Resources/skills.json"
FALLBACK_SKILLS = ["Python", "SQL", "Apache Spark", "Apache Kafka", "Apache Airflow", "Docker", "PostgreSQL",
                   "Apache Hadoop", "Apache Hive", "Kubernetes", "AWS", "Linux", "Git", "CS Fundamentals"]
DOMAINS = ["manufacturing", "logistics", "sales", "accounting", "logs", "finance", "telecom", "ads"]


def skill_names(count, rng):
    names = FALLBACK_SKILLS[:]
    if CATALOG.exists():
        names = [entry["name"] for entry in json.loads(CATALOG.read_text(encoding="utf-8"))["skills"]]
    core = [n for n in FALLBACK_SKILLS if n in names]
    rest = [n for n in names if n not in core]
    rng.shuffle(rest)
    chosen = (core + rest)[:count]
    extra = 1
    while len(chosen) < count:
        chosen.append(f"Internal Tool {extra}")
        extra += 1
    return chosen


def profile():
    intro = "\n".join("  " + line for line in [
        "안녕하세요, 주문 데이터를 매일 정확하게 집계하는 신입 데이터 엔지니어 김데이터입니다.",
        "아카데미 프로젝트에서 하루 백만 행의 주문 데이터를 Spark로 집계해 PostgreSQL에 적재하는",
        "배치 파이프라인을 혼자 만들었고, 집계 시간을 삼십 분에서 이 분으로 줄였습니다.",
        "이 과정에서 셔플 파티션 수를 바꿔 가며 메모리 부족 오류를 직접 해결했고,",
        "왜 그 설정을 골랐는지 설명할 수 있을 만큼 파고들었습니다.",
        "저의 강점은 분산 처리 위에 데이터 품질 검증을 더하는 것입니다.",
        "적재할 때마다 행 수와 합계를 원본과 비교하는 검사를 붙여, 숫자가 틀리면",
        "아침 보고서가 나가기 전에 먼저 알 수 있게 했습니다.",
        "입사하면 작은 배치 하나라도 끝까지 책임지고, 새벽에 누구도 깨우지 않는",
        "파이프라인을 만들겠습니다. 감사합니다.",
    ])
    return f"""name: 김데이터
headline: 주문 데이터를 매일 정확하게 집계하는 신입 데이터 엔지니어
lang: ko
contact:
  email: kim@example.com
  github: https://github.com/kimdata
target:
  role: data-engineer
  company: enterprise-platform
  level: junior
strengths:
  base: 분산 처리 (Apache Spark)
  alpha: 데이터 품질 검증
intro: |
{intro}
certifications:
  - name: AWS Certified Solutions Architect – Associate
    date: 2025-03
"""


def skills(names, rng):
    entries = []
    for index, name in enumerate(names):
        level = 3 if index < 14 else rng.choice([1, 2, 2, 3])
        entries.append(f"""- name: {name}
  level: {level}
  version: "{rng.randint(1, 9)}.{rng.randint(0, 20)}"
  depth: 설정 파일을 직접 작성하고 성능 지표를 보며 파라미터 {rng.randint(2, 9)}개를 조정
  since: 20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}
""")
    return "\n".join(entries)


def project(index, names, rng):
    stack = ", ".join(rng.sample(names[:40] if len(names) > 40 else names, k=min(5, len(names))))
    team = rng.choice([1, 1, 3, 4, 5])
    collaboration = "" if team == 1 else f"""
## 협업

- 수집: 나 / 집계: 팀원 1명 / 리포트: 팀원 {team - 2}명
- 원본 보관 위치로 의견이 갈려 두 방식을 측정해 비교한 뒤 합의했습니다 (조회 41초 → 0.8초).
"""
    return f"""---
title: 주문 데이터 일별 집계 파이프라인 {index}
period: 2024-{rng.randint(1, 6):02d} – 2024-{rng.randint(7, 12):02d}
team: {team}
role: 수집·적재 담당 ({team}명 중 엔지니어 1명)
stack: [{stack}]
data:
  source: 공개 주문 데이터 세트 {index}
  volume: 하루 약 {rng.randint(10, 900)}만 행, 약 {rng.randint(1, 40)} GB
  format: 정형 CSV {rng.randint(2, 12)}개 테이블
  domain: {rng.choice(DOMAINS)}
links:
  repo: https://github.com/kimdata/project-{index}
impact:
  - 일별 집계 {rng.randint(20, 90)}분 → {rng.randint(1, 9)}분
  - 재실행 시 중복 적재 {rng.randint(1, 9)}.{rng.randint(0, 9)}% → 0%
featured: {"true" if index < 3 else "false"}
---
## 개요

공개 주문 데이터를 날마다 집계해 매출 표를 만드는 프로젝트입니다. 하루 {rng.randint(10, 900)}만 행을 다룹니다.

## 나의 역할

- 수집 스크립트와 집계 잡 {rng.randint(2, 6)}개 작성
- 품질 검증 규칙 {rng.randint(5, 30)}개 정의
{collaboration}
## 아키텍처

- 수집: CSV를 Python으로 읽어 Parquet으로 저장
- 변환: Spark로 일별·카테고리별 매출 집계
- 적재: 집계 결과를 PostgreSQL에 적재
- 스케줄: Airflow로 매일 02:00 실행, 재시도 2회
- 품질 검증: 원본과 집계 합계를 비교해 다르면 적재 중단
- 모니터링: DAG 소요 시간을 Grafana로 확인하고 실패 시 Slack 알림
"""


def story(index, project_id, names, rng):
    skills = ", ".join(rng.sample(names[:40] if len(names) > 40 else names, k=min(2, len(names))))
    return f"""---
title: 집계 잡 메모리 부족 {index}
project: {project_id}
skills: [{skills}]
date: 2024-{rng.randint(1, 12):02d}
---
## 상황

일별 집계 잡이 executor 메모리 부족으로 {rng.randint(2, 5)}일 연속 실패했습니다.

## 원인

특정 판매자 ID에 주문이 몰려 셔플 파티션 하나가 {rng.randint(2, 9)} GB로 커졌습니다.

## 대안

- executor 메모리를 4 GB에서 8 GB로 늘린다
- 판매자 ID에 salt를 붙여 2단계로 집계한다

메모리를 늘려도 쏠림이 커지면 다시 실패하므로 두 번째 방법을 선택했습니다.

## 해결

salt(0–7)를 붙여 부분 합계를 구한 뒤 다시 합쳤습니다.

## 결과

- 집계 시간 {rng.randint(30, 90)}분 → {rng.randint(5, 20)}분, 이후 {rng.randint(2, 8)}주간 실패 0회

## 배운 점

메모리를 늘리기 전에 태스크별 분포를 먼저 봐야 한다는 것을 배웠습니다.
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="folder to create (must not exist or be empty)")
    parser.add_argument("--projects", type=int, default=10)
    parser.add_argument("--stories", type=int, default=30)
    parser.add_argument("--skills", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if min(args.projects, args.stories, args.skills) < 0 or (args.stories and not args.projects):
        parser.error("counts must be non-negative, and stories need at least one project")
    out = Path(args.out)
    if out.exists() and any(out.iterdir()):
        sys.exit(f"{out}: exists and is not empty; choose a new folder")
    rng = random.Random(args.seed)
    (out / "projects").mkdir(parents=True, exist_ok=True)
    (out / "stories").mkdir(exist_ok=True)
    names = skill_names(args.skills, rng)
    (out / "folio.yaml").write_text(profile(), encoding="utf-8")
    (out / "skills.yaml").write_text(skills(names, rng), encoding="utf-8")
    width = len(str(max(args.projects, args.stories, 1)))
    project_ids = [f"project-{i:0{width}d}" for i in range(args.projects)]
    for index, project_id in enumerate(project_ids):
        (out / "projects" / f"{project_id}.md").write_text(project(index, names, rng), encoding="utf-8")
    for index in range(args.stories):
        story_id = f"story-{index:0{width}d}"
        text = story(index, project_ids[index % len(project_ids)], names, rng)
        (out / "stories" / f"{story_id}.md").write_text(text, encoding="utf-8")
    files = 2 + args.projects + args.stories
    print(f"{out}: {args.projects} projects, {args.stories} stories, {args.skills} skills ({files} files)")


if __name__ == "__main__":
    main()
