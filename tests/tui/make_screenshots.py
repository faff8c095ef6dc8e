"""Save SVG screenshots of the chat, documents and audit screens into docs/screenshots/.

    .venv/bin/python -m tests.tui.make_screenshots

Runs the app headless over a throw-away workspace (stand-in models, the real
audit log and a fresh reviewer key), asks one question, unlocks the log.
"""
from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from assistant import offline

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
QUESTION = "How long are laboratory results kept for patient Jane Doe?"
PASSPHRASE = "correct horse battery staple"


async def shoot(workspace: Path, key: Path, out: Path = OUT) -> list[Path]:
    from assistant.config import Settings
    from assistant.tui.app import AssistantApp

    from .fakes import fake_session_factory
    from .snapshots import answer_and_settle, mask_audit, show_audit, show_documents

    app = AssistantApp(Settings(workspace=workspace, generator="scripted-lm"),
                       session_factory=fake_session_factory(workspace))
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    async with app.run_test(size=(130, 36)) as pilot:
        await answer_and_settle(pilot, QUESTION)
        saved.append(app.save_screenshot("chat.svg", str(out)))
        await show_documents(pilot)
        saved.append(app.save_screenshot("documents.svg", str(out)))
        await show_audit(pilot, str(key), PASSPHRASE)
        await mask_audit(pilot)
        saved.append(app.save_screenshot("audit.svg", str(out)))
    return [Path(p) for p in saved]


def main() -> None:
    from audit.keys import generate_reviewer_keys, install_reviewer_key

    offline.enable()
    with tempfile.TemporaryDirectory() as tmp:
        key, pub = generate_reviewer_keys(Path(tmp) / "reviewer", PASSPHRASE)
        install_reviewer_key(pub, Path(tmp) / "ws" / "keys")
        for path in asyncio.run(shoot(Path(tmp) / "ws", key)):
            print(path)


if __name__ == "__main__":
    main()
