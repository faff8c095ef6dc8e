import pytest

from assistant import domains
from assistant.config import load_settings, prepare_workspace
from assistant.errors import ConfigError


def test_precedence_flags_over_env_over_file(tmp_path, monkeypatch):
    (tmp_path / "config.toml").write_text('[assistant]\ndomain = "finance"\nembedder = "x"\n')
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "from-env")
    s = load_settings(tmp_path, generator="flag-model")
    assert (s.domain, s.embedder, s.generator) == ("finance", "from-env", "flag-model")


def test_bad_config_is_a_one_line_error(tmp_path):
    (tmp_path / "config.toml").write_text("[assistant\n")
    with pytest.raises(ConfigError, match="config.toml: not valid TOML"):
        load_settings(tmp_path)


def test_workspace_layout(tmp_path):
    s = load_settings(tmp_path / "ws")
    prepare_workspace(s)
    for sub in ("index", "audit", "keys", "models", "config.toml"):
        assert (s.workspace / sub).exists()


def test_unknown_domain_names_the_available_ones():
    with pytest.raises(ConfigError, match="unknown domain 'nope'"):
        domains.load("nope")


@pytest.mark.parametrize("key, env, bad, good, allowed", [
    ("precision", "ASSISTANT_PRECISION", "int2", "int8", "fp32, int8, int4"),
    ("embed_backend", "ASSISTANT_EMBED_BACKEND", "tensorrt", "torch", "auto, onnx, torch"),
])
def test_an_unknown_choice_is_a_config_error(tmp_path, monkeypatch, key, env, bad, good, allowed):
    monkeypatch.setenv(env, bad)
    with pytest.raises(ConfigError, match=f"{key} '{bad}'.*{allowed}"):
        load_settings(tmp_path)
    monkeypatch.setenv(env, good)
    assert getattr(load_settings(tmp_path), key) == good
