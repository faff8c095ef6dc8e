"""Pilot steps shared by the snapshot tests and make_screenshots: each leaves a settled screen.

What changes from run to run (times, timings, tmp paths) is masked here, so a
snapshot shows only layout and content that a regression could change.
"""
from __future__ import annotations

from textual.widgets import DataTable, Input, Static

FIXED_TIME = "2025-01-02 09:30:00"
STABLE_FIELDS = ("prompt", "answer", "refused", "citations", "redactions", "pseudonyms", "model")


async def settle(pilot, until, timeout: float = 15.0) -> None:
    for _ in range(int(timeout / 0.05)):
        await pilot.pause(0.05)
        if until():
            await pilot.pause(0.1)
            return
    notes = [n.message for n in pilot.app._notifications]
    raise AssertionError(f"screen did not settle; status {pilot.app.status}, notifications {notes}, "
                         f"focused {pilot.app.focused}, workers {list(pilot.app.workers)}")


async def answer_and_settle(pilot, question: str) -> None:
    app = pilot.app
    await settle(pilot, lambda: app.status.info is not None or app.status.error)
    screen = app.screen
    screen.query_one("#question", Input).insert_text_at_cursor(question)
    await pilot.press("enter")
    await settle(pilot, lambda: screen.turns and not screen.is_busy)
    await pilot.press("ctrl+o", "down")  # show the second citation's passage
    turn = screen.turns[-1]
    meta = screen.query_one("#answer-meta", Static)
    # Mask the measured times: everything else on the line is deterministic.
    meta.update(f"first token 0.00 s · total 0.00 s · {len(turn.asked.answer.citations)} citations"
                f" · audit #{turn.asked.answer.audit_seq}")
    await pilot.pause()


async def show_documents(pilot) -> None:
    app = pilot.app
    await pilot.press("f3")
    table = app.screen.query_one("#files", DataTable)
    await settle(pilot, lambda: table.row_count > 0)
    for row_key in list(table.rows):
        table.update_cell(row_key, table.ordered_columns[3].key, FIXED_TIME.replace(" ", "T") + "Z",
                          update_width=True)
    table.focus()  # not the path box: a blinking cursor would make frames differ
    await pilot.pause()


async def show_audit(pilot, key: str, passphrase: str) -> None:
    app = pilot.app
    await pilot.press("f4")
    screen = app.screen
    screen.query_one("#key-path", Input).insert_text_at_cursor(key)
    screen.query_one("#passphrase", Input).insert_text_at_cursor(passphrase)
    screen.query_one("#passphrase", Input).focus()
    await pilot.press("enter")
    await settle(pilot, lambda: screen.unlocked is not None or app._notifications)
    await pilot.press("ctrl+t")
    await settle(pilot, lambda: "intact" in str(screen.query_one("#verify-result", Static).render()))
    app.clear_notifications()
    table = screen.query_one("#records", DataTable)
    ask_row = next(i for i in range(table.row_count) if table.get_row_at(i)[4] == "ask")
    table.move_cursor(row=ask_row)
    await pilot.pause()


async def mask_audit(pilot) -> None:
    """Times, the tmp key path, session ids, timings and the checkpoint root vary: fix them."""
    import json

    app = pilot.app
    screen = app.screen
    screen.query_one("#key-path", Input).value = "~/reviewer/reviewer.key"
    table = screen.query_one("#records", DataTable)
    for row_key in list(table.rows):  # the time, and the OS user of whoever runs the tests
        table.update_cell(row_key, table.ordered_columns[1].key, FIXED_TIME, update_width=True)
        table.update_cell(row_key, table.ordered_columns[2].key, "analyst", update_width=True)
    entry = screen.shown_entries[table.cursor_row]
    # Only fields whose shape is settled: the payload grows as the pipeline does.
    payload = {k: entry.payload.get(k) for k in STABLE_FIELDS}
    screen.query_one("#record-detail", Static).update(
        f"record #{entry.seq}  {FIXED_TIME}  {entry.kind}  user=analyst\n\n"
        + json.dumps(payload, indent=2, ensure_ascii=False, sort_keys=True))
    result = screen.query_one("#verify-result", Static)
    lines = str(result.render()).splitlines()
    result.update("\n".join("checkpoint: (masked: its root hash and time vary)"
                            if line.startswith("checkpoint:") else line for line in lines))
    await pilot.pause()
