"""The reviewer's console: unlock with the private key, see the record of a question, verify, export."""
from __future__ import annotations

import json

from textual.widgets import DataTable, Input, Static

from .test_chat import QUESTION, ask, wait_ready


async def unlock(app, pilot, key: str, passphrase: str) -> None:
    await pilot.press("f4")
    await pilot.press("ctrl+l")
    app.focused.insert_text_at_cursor(key)
    await pilot.press("enter")  # to the passphrase
    assert app.focused is app.screen.query_one("#passphrase", Input)
    app.focused.insert_text_at_cursor(passphrase)
    await pilot.press("enter")
    for _ in range(200):
        await pilot.pause(0.05)
        if app.screen.unlocked is not None or app._notifications:
            return


def rows(app) -> list[tuple[str, ...]]:
    table = app.screen.query_one("#records", DataTable)
    return [tuple(str(c) for c in table.get_row_at(i)) for i in range(table.row_count)]


async def test_record_of_the_question_filter_verify_export(make_app, reviewer, tmp_path):
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(app, pilot)
        answer = (await ask(app, pilot, QUESTION)).turns[-1].asked.answer
        await unlock(app, pilot, str(reviewer.private), reviewer.passphrase)
        assert app.screen.unlocked is not None, [n.message for n in app._notifications]
        assert app.screen.query_one("#passphrase", Input).value == ""
        asked = [r for r in rows(app) if r[4] == "ask"]
        assert len(asked) == 1
        seq, _, _, domain, _, redactions, refused = asked[0]
        assert (int(seq), domain, redactions, refused) == (answer.audit_seq, "healthcare", "1", "no")
        # filter, then the detail of the one record left
        await pilot.press("ctrl+f")
        app.focused.insert_text_at_cursor("<PERSON_1>")
        await pilot.pause()
        assert [r[0] for r in rows(app)] == [str(answer.audit_seq)]
        detail = str(app.screen.query_one("#record-detail", Static).render())
        assert answer.prompt in detail and "Jane Doe" in detail  # the sealed pseudonym map
        await pilot.press("ctrl+t")
        for _ in range(100):
            await pilot.pause(0.05)
            if "records intact" in str(app.screen.query_one("#verify-result", Static).render()):
                break
        result = str(app.screen.query_one("#verify-result", Static).render())
        assert result.startswith("ok:"), result
        out = tmp_path / "export.jsonl"
        app.screen.query_one("#export-path", Input).value = str(out)
        app.screen.query_one("#records").focus()
        await pilot.press("ctrl+s")
        await pilot.pause()
        lines = [json.loads(x) for x in out.read_text().splitlines()]
        assert [d["seq"] for d in lines] == [answer.audit_seq]
        assert lines[0]["payload"]["prompt"] == answer.prompt


async def test_wrong_passphrase_is_a_notification(make_app, reviewer):
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(app, pilot)
        await unlock(app, pilot, str(reviewer.private), "not the passphrase")
        notes = list(app._notifications)
        assert [n.severity for n in notes] == ["error"] and "wrong passphrase" in notes[0].message
        assert app.screen.unlocked is None and rows(app) == []


async def test_missing_key_file_and_export_before_unlock(make_app, tmp_path):
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(app, pilot)
        await unlock(app, pilot, str(tmp_path / "nope.key"), "whatever")
        await pilot.press("ctrl+s")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert "no such key file" in messages[0] and "Unlock the log first." in messages[1]
