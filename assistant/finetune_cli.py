"""``assistant finetune`` and ``assistant eval``: thin shells over
``assistant.finetune.train`` and ``assistant.evaluate.evaluate``.
The parent group mounts them and sets ``ctx.obj["workspace"]``."""
from __future__ import annotations

import json
from pathlib import Path

import click

from .config import PRECISIONS


def _settings(ctx: click.Context, **flags):
    from .config import load_settings

    return load_settings((ctx.obj or {}).get("workspace"), **flags)


@click.command()
@click.option("--domain", "-d", help="Domain pack: healthcare, finance or a folder.")
@click.option("--base", help="Base generator: a registered name, a local HF folder or a .gguf file.")
@click.option("--steps", default=200, show_default=True, help="Optimizer steps.")
@click.option("--batch-size", default=4, show_default=True)
@click.option("--grad-accum", default=1, show_default=True, help="Micro-batches per step.")
@click.option("--lr", default=2e-4, show_default=True)
@click.option("--max-len", default=384, show_default=True, help="Tokens per example (passages trimmed).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Adapter folder (default: domains/D/adapter).")
@click.option("--seed", default=0, show_default=True)
@click.option("--precision", type=click.Choice(["auto", "fp32", "bf16"]), default="auto", show_default=True,
              help="auto: bf16 autocast where the CPU/GPU has bf16 matmuls.")
@click.option("--resume", is_flag=True, help="Continue from the last checkpoint in --out.")
@click.pass_context
def finetune(ctx, domain, base, steps, batch_size, grad_accum, lr, max_len, out, seed, precision,
             resume):
    """Train a LoRA adapter on the domain's train.jsonl (CPU, or a GPU if present).

    Checkpoints every 50 steps; --resume continues an interrupted run. The
    adapter is saved in fp16 with a model card (README.md) naming the base
    model's and the data's SHA-256.
    """
    from . import domains
    from .config import prepare_workspace
    from .finetune import train

    settings = _settings(ctx, domain=domain, generator=base)
    prepare_workspace(settings)
    pack = domains.load(settings.domain)
    out = out or pack.root / "adapter"
    result = train(pack, settings.generator, steps, out, settings.models_dir, seed=seed,
                   batch_size=batch_size, grad_accum=grad_accum, lr=lr, resume=resume,
                   max_len=max_len, precision=precision, threads=settings.threads)
    click.echo(f"trained {len(result.losses)} steps in {result.seconds:.0f} s "
               f"(loss {result.losses[0]:.3f} -> {result.final_loss:.3f}); adapter in {result.out_dir}")


@click.command("eval")
@click.option("--domain", "-d", help="Domain pack: healthcare, finance or a folder.")
@click.option("--set", "eval_set", type=click.Path(dir_okay=False, path_type=Path),
              help="Eval JSONL (default: domains/D/eval.jsonl).")
@click.option("--model", "-m", help="Generator: a registered name, a local HF folder or a .gguf file.")
@click.option("--adapter", help="LoRA adapter folder, or 'none' for the base model.")
@click.option("--compare", is_flag=True, help="Run the base model and the tuned one side by side.")
@click.option("--precision", type=click.Choice(PRECISIONS),
              help="Generator weights (default: the workspace setting, else int4).")
@click.option("--batch-size", default=8, show_default=True, help="Prompts decoded together.")
@click.option("--gate/--no-gate", default=True, show_default=True,
              help="Score as `ask` answers: refuse without the model when the best question-passage "
                   "cosine is under the domain's min_score (the model's own figures are shown too).")
@click.option("--limit", type=int, help="Only the first N examples.")
@click.option("--max-new-tokens", default=64, show_default=True)
@click.option("--save-report", is_flag=True,
              help="Write eval.json into the adapter folder and add the figures to its README.md.")
@click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON.")
@click.option("--calibrate", is_flag=True,
              help="Fit the domain's min_score and refusal_threshold for the best refusal F1 on "
                   "--set (default: domains/D/train.jsonl, never the eval set) and print them.")
@click.pass_context
def eval_command(ctx, domain, eval_set, model, adapter, compare, precision, batch_size, gate, limit,
                 max_new_tokens, save_report, as_json, calibrate):
    """Accuracy, refusal precision/recall/F1 and citation correctness on held-out questions.

    With --calibrate, fit the refusal settings instead (see docs/ARCHITECTURE.md).
    """
    from . import domains
    from .config import prepare_workspace
    from .evaluate import best_similarity, compare_text, evaluate
    from .finetune import read_jsonl
    from .pipeline import load_embedder, load_generator

    settings = _settings(ctx, domain=domain, generator=model, adapter=adapter, precision=precision)
    prepare_workspace(settings)
    pack = domains.load(settings.domain)
    tuned = _adapter_dir(settings.adapter, pack)
    if calibrate:
        if compare or save_report:
            raise click.UsageError("--calibrate fits the refusal settings: it takes no --compare or --save-report")
        _calibrate(settings, pack, tuned, eval_set or pack.root / "train.jsonl", limit, as_json)
        return
    eval_set = eval_set or pack.root / "eval.jsonl"
    runs = {"base": None, "tuned": tuned} if compare else {"tuned" if tuned else "base": tuned}
    if compare and tuned is None:
        raise click.UsageError("--compare needs an adapter: the domain has none, or --adapter none")
    examples = read_jsonl(eval_set)[:limit] if limit else read_jsonl(eval_set)
    # The gate reads the same cosines for every model: computed once.
    similarity = best_similarity(load_embedder(settings), examples) if gate else None
    reports = {name: evaluate(pack, examples, load_generator(settings, path),
                              max_new_tokens=max_new_tokens, progress=not as_json,
                              batch_size=batch_size, similarity=similarity)
               for name, path in runs.items()}
    if save_report:
        _save(tuned, eval_set, limit, reports, ctx)
    if as_json:
        click.echo(json.dumps({name: r.to_json() for name, r in reports.items()}, indent=2))
    else:
        click.echo(compare_text(reports))


def _calibrate(settings, pack, adapter: Path | None, examples_file: Path, limit, as_json: bool) -> None:
    from dataclasses import asdict

    from .calibrate import fit, refusal_probabilities
    from .evaluate import best_similarity
    from .finetune import read_jsonl
    from .pipeline import load_embedder, load_generator

    examples = read_jsonl(examples_file)
    examples = _spread(examples, limit) if limit else examples
    similarity = best_similarity(load_embedder(settings), examples)
    probability = refusal_probabilities(pack, load_generator(settings, adapter), examples)
    try:
        found = fit(similarity, probability, [bool(ex.get("answerable", True)) for ex in examples])
    except ValueError as err:
        raise click.UsageError(f"{examples_file}: {err}") from err
    if as_json:
        click.echo(json.dumps(asdict(found), indent=2))
        return
    click.echo(f"refusal F1 {found.f1:.3f} (precision {found.precision:.3f}, recall {found.recall:.3f}) "
               f"on {found.n} examples of {examples_file.name}, {found.unanswerable} unanswerable.\n"
               f"Put in {pack.root / 'domain.toml'}:\n\n{found.toml()}")


def _spread(examples: list[dict], limit: int) -> list[dict]:
    """``limit`` examples taken evenly through the file: its kinds are not in blocks."""
    step = max(1, len(examples) / limit)
    return [examples[int(i * step)] for i in range(min(limit, len(examples)))]


def _adapter_dir(flag: str | None, pack) -> Path | None:
    if flag == "none":
        return None
    if flag:
        return Path(flag).expanduser().resolve()
    return pack.adapter_dir


def _save(adapter: Path | None, eval_set: Path, limit, reports, ctx) -> None:
    from .finetune import write_card
    from .models import sha256_file

    if adapter is None or not (adapter / "training.json").exists():
        raise click.UsageError("--save-report needs an adapter trained by `assistant finetune`")
    payload = {"set": str(eval_set.name), "set_sha256": sha256_file(eval_set), "limit": limit,
               "command": "assistant " + " ".join(ctx.command_path.split()[1:] + _argv()),
               "reports": {name: r.to_json(rows=True) for name, r in reports.items()}}
    (adapter / "eval.json").write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    write_card(adapter)


def _argv() -> list[str]:
    import sys

    args = sys.argv[1:]
    return args[args.index("eval") + 1:] if "eval" in args else []
