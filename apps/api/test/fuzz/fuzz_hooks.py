"""Schemathesis hooks of the API fuzz run: signs in as the user the run is for (FUZZ_USERNAME)."""

import os

import requests
import schemathesis


@schemathesis.auth()
class SessionToken:
    """A bearer session of the fuzzed user; fetched again after a 401 (the run may call logout)."""

    def get(self, case, context):
        response = requests.post(
            os.environ["FUZZ_BASE_URL"] + "/api/v1/auth/login",
            json={"username": os.environ["FUZZ_USERNAME"], "password": os.environ["FUZZ_PASSWORD"]},
            timeout=30,
        )
        response.raise_for_status()
        return response.json()["token"]

    def set(self, case, data, context):
        case.headers = case.headers or {}
        case.headers["Authorization"] = f"Bearer {data}"
