"""Property-based fuzzing of the student API from its own OpenAPI schema (schemathesis).

The hand-written cases in test_api.py cover the mistakes we thought of; this covers the
ones we did not. Schemathesis reads ``/api/openapi.json`` from the live server and
generates valid and invalid requests for each operation, sent with a real device token
while the session is on a writing step, so valid saves go all the way to SQLite. Each
response is checked: never a 5xx, the body matches the documented schema, and the status
is one the schema documents. Bounded for CI: 30 examples per run, no deadline,
derandomized (a failure is reproducible), no shrinking. ``/api/events`` streams forever
and is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

if TYPE_CHECKING:
    from conftest import ServedSession

CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance]
FUZZ_SETTINGS = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
#: The operations fuzzed here; test_every_operation_is_fuzzed keeps the list complete.
OPERATIONS = [
    ("POST", "/api/join"),
    ("GET", "/api/state"),
    ("PUT", "/api/answers/{step_id}"),
    ("PUT", "/api/language"),
]
STREAMING = [("GET", "/api/events")]
#: Path parameters tried besides generated ones: the open step and a closed poll.
FIXED_PATHS: dict[str, list[dict[str, str]]] = {
    "/api/answers/{step_id}": [{"step_id": "reflection"}, {"step_id": "poll"}],
}


def load_schema(served: ServedSession) -> Any:
    return schemathesis.openapi.from_url(f"{served.base_url}/api/openapi.json", timeout=10)


def device_token(served: ServedSession) -> str:
    joined = httpx.post(f"{served.base_url}/api/join", json={"code": served.code}, timeout=10)
    assert joined.status_code == 200
    token: str = joined.json()["token"]
    return token


def test_every_operation_is_fuzzed(served_session: ServedSession) -> None:
    schema = load_schema(served_session)
    found = {(op.ok().method.upper(), op.ok().path) for op in schema.get_all_operations()}
    assert found == set(OPERATIONS + STREAMING)


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[p for _, p in OPERATIONS])
def test_generated_requests_get_documented_answers(
    served_session: ServedSession, method: str, path: str
) -> None:
    token = device_token(served_session)
    served_session.go_to("reflection")  # a step that takes text: valid saves are stored
    operation = load_schema(served_session)[path][method]
    headers = {"X-Belong-Token": token}
    failures: list[str] = []
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
        for path_parameters in [None, *FIXED_PATHS.get(path, [])]:

            @FUZZ_SETTINGS
            @given(case=operation.as_strategy(mode, path_parameters=path_parameters))
            def run(case: Any) -> None:
                case.call_and_validate(headers=headers, checks=CHECKS, timeout=10)

            try:
                run()
            except Unsatisfiable:
                assert mode is GenerationMode.NEGATIVE  # nothing to make invalid: fine
            except (Exception, FailureGroup) as exc:  # collect every run's, report them all
                failures.append(f"--- {method} {path} {mode.value} {path_parameters}:\n{exc}")
    assert not failures, "\n\n".join(failures)
    # The device is still fine after all that.
    state = httpx.get(f"{served_session.base_url}/api/state", headers=headers, timeout=10)
    assert state.status_code == 200
