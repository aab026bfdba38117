"""Sign-in throttling that nobody can turn against the real user: a guesser is slowed
down per address (and per account only for unknown browsers), a browser the account
used before still signs in, and an unknown email costs what a known one costs."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from repository.workspace import users
from repository.workspace.throttle import ACCOUNT_MAX, CLIENT_MAX, DEVICE_MAX
from tests.workspace.conftest import ADMIN

pytestmark = pytest.mark.slow  # a real store and model behind the app


def browser(app_client: TestClient, address: str) -> TestClient:
    """Another browser (own cookies) at another address, on the same running app."""
    return TestClient(app_client.app, client=(address, 50000), follow_redirects=False)


def attempt(client: TestClient, email: str, password: str) -> Response:
    form = client.get("/workspace/login")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert token
    return client.post("/workspace/login", data={
        "email": email, "password": password, "csrf": token.group(1)})


def sign_in(client: TestClient, email: str, password: str) -> int:
    return attempt(client, email, password).status_code


def test_a_guesser_at_another_address_cannot_lock_the_admin_out(app_client: TestClient
                                                                ) -> None:
    guesser = browser(app_client, "203.0.113.9")
    statuses = [sign_in(guesser, ADMIN[0], f"guess number {n}") for n in range(CLIENT_MAX + 3)]
    assert statuses == [401] * CLIENT_MAX + [429] * 3  # the guesser is stopped …
    assert sign_in(guesser, ADMIN[0], ADMIN[1]) == 429  # … even with the right password
    admin = browser(app_client, "198.51.100.7")
    assert sign_in(admin, *ADMIN) == 303  # the real admin, elsewhere, signs in at once


def test_guessers_at_many_addresses_cannot_lock_out_a_browser_the_admin_used(
        app_client: TestClient) -> None:
    admin = browser(app_client, "198.51.100.7")
    assert sign_in(admin, *ADMIN) == 303  # the admin's usual browser: now a known one
    guesses = 0
    for n in range(ACCOUNT_MAX // CLIENT_MAX + 1):  # more addresses than one can use alone
        guesser = browser(app_client, f"203.0.113.{n}")
        for _ in range(CLIENT_MAX):
            guesses += sign_in(guesser, ADMIN[0], "a wrong guess") == 401
    assert guesses >= ACCOUNT_MAX  # every guess was tried and refused
    assert sign_in(browser(app_client, "192.0.2.1"), *ADMIN) == 429  # an unknown browser waits
    assert sign_in(admin, *ADMIN) == 303  # the known one does not
    # a known browser has its own limit, so a stolen device cookie is no free pass
    for _ in range(DEVICE_MAX):
        assert sign_in(admin, ADMIN[0], "a wrong guess") == 401
    assert sign_in(admin, *ADMIN) == 429


def test_an_unknown_email_costs_one_argon2_verification_like_a_known_one(
        app_client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[str] = []
    verify = users._verify

    def counting(digest: str, password: str) -> bool:  # the real argon2 check, counted
        checked.append(digest.split("$")[3])  # its cost parameters: m, t, p
        return verify(digest, password)

    monkeypatch.setattr(users, "_verify", counting)
    client = browser(app_client, "198.51.100.20")
    answers = [attempt(client, email, "a wrong password")
               for email in (ADMIN[0], "nobody@example.org")]
    assert len(checked) == 2 and checked[0] == checked[1]  # same work, same parameters
    assert [a.status_code for a in answers] == [401, 401]
    pages = [re.sub(r'value="[^"]*"', "", a.text) for a in answers]  # tokens and the email
    assert pages[0] == pages[1] and "Wrong email or password." in pages[0]
