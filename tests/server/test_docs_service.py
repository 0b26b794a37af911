"""The service examples of README.md and docs/service.md answer as they say."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from fastapi.testclient import TestClient

from asnrules.batch import run

ROOT = Path(__file__).resolve().parents[2]


def _curl_posts(text: str) -> list[tuple[str, dict[str, str], dict[str, object]]]:
    """(path, query, JSON body) of every `curl … -d '{…}'` command in ``text``."""
    out = []
    for m in re.finditer(r"curl -s '([^']+)'(.*?)-d '(\{[^']*\})'", text, re.S):
        url, _, body = m.groups()
        parts = urlsplit(url)
        out.append((parts.path, dict(parse_qsl(parts.query)), json.loads(body)))
    return out


def test_readme_service_example(client: TestClient) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8").split("## Service", 1)[1].split("\n## ", 1)[0]
    ((path, query, body),) = _curl_posts(text)
    r = client.post(path, params=query, json=body)
    assert r.status_code == 200
    (expected,) = run(path.rsplit("/", 1)[1], [body], on=date.fromisoformat(query.pop("tanggal")), **query)
    assert r.json()["hasil"] == expected.status


def test_service_md_single_record_example_is_eligible(client: TestClient) -> None:
    text = (ROOT / "docs" / "service.md").read_text(encoding="utf-8")
    (path, query, body), *_ = _curl_posts(text)
    r = client.post(path, params=query, json=body)
    assert r.status_code == 200 and r.json()["hasil"] == "ELIGIBLE"  # as the answer shown below it
    assert "```php" in text and "upstream asnrules" in text  # the PHP example and the reverse proxy
