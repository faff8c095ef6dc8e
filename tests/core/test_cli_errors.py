"""The CLI edge: our errors become one line and the documented exit code."""
import subprocess
import sys
from pathlib import Path

EXE = str(Path(sys.executable).parent / "assistant")


def run(*args, workspace):
    return subprocess.run([EXE, "--workspace", str(workspace), *args],
                          capture_output=True, text=True, timeout=120)


def test_help_is_the_manual(tmp_path):
    proc = run("--help", workspace=tmp_path)
    assert proc.returncode == 0
    for command in ("ingest", "ask", "search", "forget", "doctor", "chat", "audit", "redact"):
        assert command in proc.stdout


def test_no_reviewer_key_is_a_one_line_error(tmp_path):
    proc = run("ask", "What is the policy?", workspace=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0, proc.stderr
    assert "no reviewer public key" in proc.stderr and "audit keys install" in proc.stderr


def test_usage_errors_exit_2(tmp_path):
    assert run("ask", workspace=tmp_path).returncode == 2
    missing = run("ingest", str(tmp_path / "nope"), workspace=tmp_path)
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_unknown_domain_names_the_choices(tmp_path):
    proc = run("ask", "q", "--domain", "astrology", workspace=tmp_path)
    assert proc.returncode == 1
    assert "unknown domain 'astrology'" in proc.stderr and "Traceback" not in proc.stderr


def test_help_and_verify_do_not_import_torch(tmp_path):
    """Start-up stays instant: the heavy libraries load only for commands that use them."""
    code = ("import sys; from assistant.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('torch', 'transformers', 'presidio_analyzer', 'spacy') if m in sys.modules]\n"
            "print('HEAVY', heavy)")
    for args in (["--help"], ["--workspace", str(tmp_path), "audit", "verify"]):
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True).stdout
        assert "HEAVY []" in out, out
