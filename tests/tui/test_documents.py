"""The documents screen: the table of files, adding a folder with progress, forgetting a file."""
from __future__ import annotations

from textual.widgets import DataTable, Input, ProgressBar, Static

from .fakes import SEED
from .test_chat import wait_ready

def sources(app) -> list[str]:
    table = app.screen.query_one("#files", DataTable)
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]

async def open_documents(app, pilot) -> None:
    await wait_ready(app, pilot)
    await pilot.press("f3")
    for _ in range(100):
        await pilot.pause(0.02)
        if app.screen.query_one("#files", DataTable).row_count:
            break

async def wait_idle(app, pilot, group: str, timeout: float = 20.0) -> None:
    for _ in range(int(timeout / 0.05)):
        await pilot.pause(0.05)
        if not any(w.group == group and w.is_running for w in app.screen.workers):
            return
    raise AssertionError(f"{group} still running after {timeout}s")

async def test_table_lists_ingested_files(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_documents(app, pilot)
        assert app.screen.id is None and type(app.screen).__name__ == "DocumentsScreen"
        assert sources(app) == sorted(SEED)
        table = app.screen.query_one("#files", DataTable)
        assert table.get_row_at(0)[2] == str(len(SEED[sorted(SEED)[0]]))

async def test_missing_folder_is_a_notification(make_app, tmp_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_documents(app, pilot)
        assert app.focused is app.screen.query_one("#files", DataTable)
        await pilot.press("a")
        assert app.focused is app.screen.query_one("#folder", Input) and app.focused.value == ""
        app.focused.insert_text_at_cursor(str(tmp_path / "no-such-folder"))
        await pilot.press("enter")
        await pilot.pause()
        notes = list(app._notifications)
        assert [n.severity for n in notes] == ["error"] and "no such folder" in notes[0].message
        app.focused.value = ""
        await pilot.press("enter")  # an empty path
        await pilot.pause()
        assert [n.severity for n in app._notifications] == ["error", "error"]

async def test_add_folder_shows_progress_to_the_end(make_app, tmp_path):
    folder = tmp_path / "policies"
    folder.mkdir()
    for n in range(4):
        (folder / f"policy{n}.md").write_text(f"# Policy {n}\n\nRule {n}: consent is recorded in writing.\n")
    (folder / "empty.md").write_text("")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_documents(app, pilot)
        await pilot.press("a")
        app.focused.insert_text_at_cursor(str(folder))
        await pilot.press("enter")
        await wait_idle(app, pilot, "ingest")
        await wait_idle(app, pilot, "files")
        bar = app.screen.query_one("#ingest-bar", ProgressBar)
        assert bar.total == 5 and bar.progress == 5
        stats = str(app.screen.query_one("#ingest-stats", Static).render())
        assert stats.startswith("done: 4 new"), stats
        listed = sources(app)
        assert all(str((folder / f"policy{n}.md").resolve()) in listed for n in range(4))
        skipped = app.screen.query_one("#skipped", DataTable)
        assert skipped.row_count == 1 and "empty.md" in str(skipped.get_row_at(0)[0])

async def test_forget_selected_file(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_documents(app, pilot)
        first = sources(app)[0]
        app.screen.query_one("#files", DataTable).focus()
        await pilot.press("d")
        await wait_idle(app, pilot, "files")
        assert first not in sources(app) and len(sources(app)) == len(SEED) - 1
