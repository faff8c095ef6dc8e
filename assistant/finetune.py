"""LoRA fine-tuning of the generator on a domain's training set.

A nanoGPT-style loop, readable top to bottom: examples -> redaction -> chat
template (the app's own prompt, ``generate.build_messages``) -> token ids with
labels on the assistant turn only -> AdamW with warmup and cosine decay ->
checkpoints (adapter + optimizer + RNG) -> an fp16 adapter with its model card.

The batch order is a pure function of (seed, step), and the checkpoint keeps
the RNG states, so a resumed run continues exactly where a whole run would be.
"""
from __future__ import annotations

import json
import math
import os
import random
import time
import warnings
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .config import available_cores
from .domains import Domain
from .errors import AssistantError, ConfigError
from .generate import build_messages
from .models import load_causal_lm, model_sha256, resolve, sha256_file

LORA_TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
IGNORE = -100  # label value the loss skips: prompt and padding tokens
MIN_PASSAGE_TOKENS = 8


class TrainingError(AssistantError):
    """Training data or a checkpoint cannot be used."""


@dataclass(frozen=True)
class Hyper:
    steps: int = 200
    batch_size: int = 4
    grad_accum: int = 1
    lr: float = 2e-4
    min_lr_ratio: float = 0.1
    warmup: int = 10
    weight_decay: float = 0.0
    max_len: int = 384
    seed: int = 0
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.05
    checkpoint_every: int = 50
    precision: str = "fp32"  # or "bf16": autocast matmuls, fp32 weights and optimizer


@dataclass(frozen=True)
class TrainResult:
    losses: tuple[float, ...]  # one mean loss per optimizer step, from step 1
    out_dir: Path
    seconds: float
    steps_run: int = 0  # steps run by this call (fewer than len(losses) after a resume)

    @property
    def final_loss(self) -> float:
        tail = self.losses[-10:]
        return sum(tail) / len(tail)


@dataclass(frozen=True)
class Encoded:
    input_ids: list[int]
    labels: list[int]


@dataclass
class _State:
    step: int = 0
    losses: list[float] = field(default_factory=list)


# ---------------------------------------------------------------- data

def read_jsonl(path: Path) -> list[dict]:
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise ConfigError(f"{path}: cannot read ({err.strerror})") from err
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError as err:
                raise TrainingError(f"{path}:{n}: not valid JSON ({err})") from err
    return rows


def target_text(example: dict, domain: Domain) -> str:
    """What the model learns to say: the answer, or the domain's exact refusal."""
    if not example.get("answerable", True):
        return domain.refusal
    return str(example["answer"]).strip()


def redact_examples(examples: list[dict], domain: Domain) -> tuple[list[dict], bool]:
    """Every training text through the one redaction service, so no PII is learned.

    Returns (examples, redacted). Without ``assistant.privacy`` installed the
    texts pass unchanged, with a warning, and the model card says so.
    """
    try:
        from .privacy import Redactor
    except ImportError:
        warnings.warn("assistant.privacy is not importable: training text is NOT redacted",
                      stacklevel=2)
        return examples, False
    redactor = Redactor.for_domain(domain.privacy)
    # One group per example: a pseudonym names the same person in its question, passages
    # and answer; all groups in one batch, spread over the redactor's worker processes.
    groups = [[ex["question"], *(p["text"] for p in ex["passages"]), str(ex.get("answer", ""))]
              for ex in examples]
    out = []
    for ex, redacted in zip(examples, redactor.redact_each(groups)):
        done = [r.text for r in redacted]
        passages = [{**p, "text": t} for p, t in zip(ex["passages"], done[1:-1])]
        out.append({**ex, "question": done[0], "passages": passages, "answer": done[-1]})
    return out, True


def fit_passages(tokenizer, domain: Domain, question: str, passages: list[str],
                 budget: int, answer: str = "") -> list[str] | None:
    """Shorten the longest passages until prompt + answer fit ``budget`` tokens.

    Passages are trimmed, never dropped (the answer's [n] must keep pointing
    at the same passage), and the answer is never cut. None if it cannot fit.
    """
    passages = list(passages)
    for _ in range(4):
        overflow = _length(tokenizer, domain, question, passages, answer) - budget
        if overflow <= 0:
            return passages
        pieces = [tokenizer.encode(p, add_special_tokens=False) for p in passages]
        cap = _water_level([len(p) for p in pieces], overflow + 2 * len(pieces))
        if cap < MIN_PASSAGE_TOKENS:
            return None
        passages = [tokenizer.decode(p[:cap]) if len(p) > cap else text
                    for p, text in zip(pieces, passages)]
    return passages if _length(tokenizer, domain, question, passages, answer) <= budget else None


def _water_level(lengths: list[int], cut: int) -> int:
    """The largest cap c with sum(max(0, len - c)) >= cut: trims longest first."""
    cap = max(lengths, default=0)
    while cap > 0 and sum(max(0, n - cap) for n in lengths) < cut:
        cap -= 1
    return cap


def _length(tokenizer, domain, question, passages, answer) -> int:
    messages = build_messages(domain.system_prompt, domain.refusal, question, passages)
    if answer:
        messages = messages + [{"role": "assistant", "content": answer}]
    return len(tokenizer.apply_chat_template(messages, add_generation_prompt=not answer))


def encode(tokenizer, domain: Domain, example: dict, max_len: int) -> Encoded | None:
    """Token ids of the whole conversation; labels only on the assistant's reply."""
    answer = target_text(example, domain)
    passages = fit_passages(tokenizer, domain, example["question"],
                            [p["text"] for p in example["passages"]], max_len, answer)
    if passages is None:
        return None
    messages = build_messages(domain.system_prompt, domain.refusal, example["question"], passages)
    prompt = tokenizer.apply_chat_template(messages, add_generation_prompt=True)
    full = tokenizer.apply_chat_template(messages + [{"role": "assistant", "content": answer}])
    if full[:len(prompt)] != prompt:
        raise TrainingError("the chat template does not extend the prompt with the reply")
    labels = [IGNORE] * len(prompt) + full[len(prompt):]
    return Encoded(list(full), labels)


def batch_indices(n: int, batch_size: int, micro_step: int, seed: int) -> list[int]:
    """Examples for one micro-batch: epochs of seeded shuffles, a pure function of the step."""
    start = micro_step * batch_size
    out = []
    for pos in range(start, start + batch_size):
        epoch, offset = divmod(pos, n)
        order = list(range(n))
        random.Random(seed * 100_003 + epoch).shuffle(order)
        out.append(order[offset])
    return out


def collate(items: list[Encoded], pad_id: int):
    import torch

    width = max(len(e.input_ids) for e in items)
    ids = torch.full((len(items), width), pad_id, dtype=torch.long)
    labels = torch.full((len(items), width), IGNORE, dtype=torch.long)
    mask = torch.zeros((len(items), width), dtype=torch.long)
    for row, e in enumerate(items):
        ids[row, :len(e.input_ids)] = torch.tensor(e.input_ids)
        labels[row, :len(e.labels)] = torch.tensor(e.labels)
        mask[row, :len(e.input_ids)] = 1
    return ids, labels, mask


# ---------------------------------------------------------------- the loop

def lr_at(step: int, hp: Hyper) -> float:
    """Linear warmup, then cosine decay to min_lr_ratio * lr (nanoGPT's schedule)."""
    if step < hp.warmup:
        return hp.lr * (step + 1) / hp.warmup
    progress = (step - hp.warmup) / max(1, hp.steps - hp.warmup)
    coeff = 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))
    return hp.lr * (hp.min_lr_ratio + (1 - hp.min_lr_ratio) * coeff)


def train(domain: Domain, base_ref: str, steps: int, out_dir: Path, models_dir: Path,
          seed: int = 0, batch_size: int = 4, grad_accum: int = 1, lr: float = 2e-4,
          resume: bool = False, progress: bool = True, examples: list[dict] | None = None,
          max_len: int = 384, checkpoint_every: int = 50, warmup: int | None = None,
          on_step: Callable[[int, float], None] | None = None,
          precision: str = "auto", threads: int | None = None) -> TrainResult:
    """Train a LoRA adapter for ``domain`` on top of ``base_ref`` and save it in ``out_dir``.

    ``on_step(step, loss)`` is called after each optimizer step (1-based).
    ``threads``: CPU threads (default: all we may use; 1 is faster on a busy machine).
    """
    import torch

    device = "cuda" if torch.cuda.is_available() else "cpu"
    hp = Hyper(steps=steps, batch_size=batch_size, grad_accum=grad_accum, lr=lr, seed=seed,
               max_len=max_len, checkpoint_every=checkpoint_every,
               precision=_precision(device) if precision == "auto" else precision,
               warmup=warmup if warmup is not None else max(1, min(20, steps // 10)))
    out_dir, models_dir = Path(out_dir), Path(models_dir)
    _seed_everything(seed)
    if device == "cpu":
        torch.set_num_threads(threads or available_cores())
    spec = resolve("generator", base_ref)
    base_sha = model_sha256(spec, models_dir / "hashes.json")
    model, tokenizer = load_causal_lm(spec, base_sha, models_dir)
    encoded, data = _training_set(domain, tokenizer, examples, hp.max_len)

    model = _with_lora(model, hp).to(device)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=hp.lr, weight_decay=hp.weight_decay)
    state = _State()
    ckpt = out_dir / "checkpoint" / "state.pt"
    if resume and ckpt.exists():
        state = _load_checkpoint(ckpt, model, optimizer, hp)

    started, first = time.perf_counter(), state.step
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    model.train()
    bar = _progress(progress, hp.steps, state.step)
    while state.step < hp.steps:
        for group in optimizer.param_groups:
            group["lr"] = lr_at(state.step, hp)
        loss = _one_step(model, optimizer, encoded, hp, state.step, pad, device)
        state.step += 1
        state.losses.append(loss)
        bar.update(1)
        bar.set_postfix(loss=f"{loss:.3f}", lr=f"{lr_at(state.step - 1, hp):.1e}")
        if state.step % hp.checkpoint_every == 0 and state.step < hp.steps:
            _save_checkpoint(ckpt, model, optimizer, hp, state)
        if on_step is not None:
            on_step(state.step, loss)
    bar.close()
    seconds = time.perf_counter() - started

    info = {"base_model": spec.name, "base_sha256": base_sha, **data, "device": device,
            "steps": hp.steps, "seed": seed, "hyperparameters": asdict(hp), "lora_targets": list(LORA_TARGETS),
            "final_loss": _mean(state.losses[-10:]), "first_loss": _mean(state.losses[:10]),
            "seconds_this_run": round(seconds, 1), "domain": domain.name}
    save_adapter(model, out_dir, info)
    _remove_checkpoint(ckpt)
    return TrainResult(tuple(state.losses), out_dir, seconds, state.step - first)


def _training_set(domain: Domain, tokenizer, examples: list[dict] | None,
                  max_len: int) -> tuple[list[Encoded], dict]:
    """Read (unless given), redact and encode the examples; and what the card records of them."""
    files = {}
    if examples is None:
        path = domain.root / "train.jsonl"
        examples = read_jsonl(path)
        files[path.name] = sha256_file(path)
    if not examples:
        raise TrainingError(f"{domain.root / 'train.jsonl'}: no training examples")
    examples, redacted = redact_examples(examples, domain)
    encoded = [e for e in (encode(tokenizer, domain, ex, max_len) for ex in examples) if e]
    if not encoded:
        raise TrainingError(f"{domain.root / 'train.jsonl'}: no example fits in {max_len} tokens")
    return encoded, {"data_files": files, "examples": len(encoded), "redacted": redacted,
                     "skipped_too_long": len(examples) - len(encoded)}


def _one_step(model, optimizer, encoded, hp: Hyper, step: int, pad: int, device: str) -> float:
    """grad_accum micro-batches, the loss averaged over all their answer tokens."""
    import torch

    micro = [collate([encoded[i] for i in batch_indices(len(encoded), hp.batch_size,
                                                         step * hp.grad_accum + k, hp.seed)], pad)
             for k in range(hp.grad_accum)]
    total_tokens = sum(int((labels[:, 1:] != IGNORE).sum()) for _, labels, _ in micro)
    total = 0.0
    for ids, labels, mask in micro:
        ids, labels, mask = ids.to(device), labels.to(device), mask.to(device)
        targets = labels[:, 1:]
        keep = targets != IGNORE
        with torch.autocast(device, dtype=torch.bfloat16, enabled=hp.precision == "bf16"):
            lm = model.get_base_model()
            hidden = lm.model(input_ids=ids, attention_mask=mask).last_hidden_state[:, :-1]
            # The vocabulary projection only where there is a label: the reply is
            # a tenth of the tokens, and the 49k-wide head a fifth of the compute.
            logits = lm.lm_head(hidden[keep])
        loss = torch.nn.functional.cross_entropy(
            logits.float(), targets[keep], reduction="sum") / max(1, total_tokens)
        loss.backward()
        total += loss.item()
    torch.nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], 1.0)
    optimizer.step()
    optimizer.zero_grad(set_to_none=True)
    return total


def _with_lora(model, hp: Hyper):
    from peft import LoraConfig, get_peft_model

    config = LoraConfig(r=hp.lora_r, lora_alpha=hp.lora_alpha, lora_dropout=hp.lora_dropout,
                        target_modules=list(LORA_TARGETS), task_type="CAUSAL_LM", bias="none")
    return get_peft_model(model, config)


def _precision(device: str) -> str:
    """bf16 autocast where the hardware has bf16 matmuls (1.4x faster on this CPU), else fp32."""
    import torch

    if device == "cuda":
        return "bf16" if torch.cuda.is_bf16_supported() else "fp32"
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return "fp32"
    return "bf16" if ("avx512_bf16" in flags or "amx_bf16" in flags) else "fp32"


def _seed_everything(seed: int) -> None:
    import torch

    random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True, warn_only=True)


def _progress(enabled: bool, total: int, initial: int):
    from tqdm.auto import tqdm

    return tqdm(total=total, initial=initial, disable=not enabled, desc="finetune", unit="step")


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


# ---------------------------------------------------------------- checkpoints

_MUST_MATCH = ("seed", "batch_size", "grad_accum", "lr", "max_len", "lora_r", "lora_alpha", "precision")


def _save_checkpoint(path: Path, model, optimizer, hp: Hyper, state: _State) -> None:
    import torch
    from peft import get_peft_model_state_dict

    path.parent.mkdir(parents=True, exist_ok=True)
    blob = {"step": state.step, "losses": state.losses, "hyper": asdict(hp),
            "adapter": get_peft_model_state_dict(model), "optimizer": optimizer.state_dict(),
            "rng_torch": torch.get_rng_state(), "rng_python": random.getstate()}
    if torch.cuda.is_available():
        blob["rng_cuda"] = torch.cuda.get_rng_state_all()
    tmp = path.with_suffix(".tmp")
    torch.save(blob, tmp)
    os.replace(tmp, path)  # a crash mid-save leaves the previous checkpoint whole


def _load_checkpoint(path: Path, model, optimizer, hp: Hyper) -> _State:
    import torch
    from peft import set_peft_model_state_dict

    try:
        blob = torch.load(path, map_location="cpu", weights_only=False)
    except Exception as err:  # noqa: BLE001 - any unreadable checkpoint is one message
        raise TrainingError(f"{path}: unreadable checkpoint ({err})") from err
    for key in _MUST_MATCH:
        if blob["hyper"].get(key) != getattr(hp, key):
            raise TrainingError(f"{path}: checkpoint has {key}={blob['hyper'].get(key)}, "
                                f"this run {getattr(hp, key)}; use the same settings or a new --out")
    set_peft_model_state_dict(model, blob["adapter"])
    optimizer.load_state_dict(blob["optimizer"])
    torch.set_rng_state(blob["rng_torch"])
    random.setstate(blob["rng_python"])
    if "rng_cuda" in blob and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(blob["rng_cuda"])
    return _State(step=blob["step"], losses=list(blob["losses"]))


def _remove_checkpoint(path: Path) -> None:
    # Optimizer state is 2x the adapter: it must not ship with the adapter.
    for p in (path, path.with_suffix(".tmp")):
        p.unlink(missing_ok=True)
    try:
        path.parent.rmdir()
    except OSError:
        pass


# ---------------------------------------------------------------- the adapter

def save_adapter(model, out_dir: Path, info: dict) -> None:
    """adapter_config.json + fp16 adapter_model.safetensors + training.json + README.md."""
    from peft import get_peft_model_state_dict
    from safetensors.torch import save_file

    out_dir.mkdir(parents=True, exist_ok=True)
    model.peft_config["default"].save_pretrained(str(out_dir))
    weights = {k: v.detach().to("cpu").half().contiguous()
               for k, v in get_peft_model_state_dict(model).items()}
    tmp = out_dir / "adapter_model.safetensors.tmp"
    save_file(weights, str(tmp), metadata={"format": "pt"})
    os.replace(tmp, out_dir / "adapter_model.safetensors")
    info = {**info, "adapter_sha256": sha256_file(out_dir / "adapter_model.safetensors")}
    (out_dir / "training.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    write_card(out_dir)


def write_card(out_dir: Path) -> Path:
    """(Re)write README.md from training.json and, when present, eval.json."""
    info = json.loads((out_dir / "training.json").read_text(encoding="utf-8"))
    eval_path = out_dir / "eval.json"
    evaluation = json.loads(eval_path.read_text(encoding="utf-8")) if eval_path.exists() else None
    card = out_dir / "README.md"
    card.write_text(render_card(info, evaluation), encoding="utf-8")
    return card


def render_card(info: dict, evaluation: dict | None = None) -> str:
    hp = info["hyperparameters"]
    files = "\n".join(f"| `{name}` | `{sha}` |" for name, sha in info["data_files"].items()) \
        or "| (examples given in code) | - |"
    lines = [
        f"# LoRA adapter: {info['domain']}", "",
        f"Fine-tuned by `assistant finetune --domain {info['domain']}` on top of "
        f"`{info['base_model']}`, to answer from numbered passages with `[n]` citations "
        "or with the domain's refusal text.", "",
        "| | |", "|---|---|",
        f"| base model | `{info['base_model']}` |",
        f"| base SHA-256 | `{info['base_sha256']}` |",
        f"| adapter SHA-256 | `{info['adapter_sha256']}` |",
        f"| steps | {info['steps']} (batch {hp['batch_size']} x accumulation {hp['grad_accum']}) |",
        f"| seed | {info['seed']} |",
        f"| training examples | {info['examples']} (skipped, too long: {info['skipped_too_long']}) |",
        f"| training text redacted | {'yes' if info['redacted'] else 'NO (privacy service unavailable)'} |",
        f"| loss (mean of first / last 10 steps) | {info['first_loss']} / {info['final_loss']} |",
        f"| device, seconds (last run) | {info['device']}, {info['seconds_this_run']} |", "",
        "## Hyperparameters", "",
        f"LoRA r={hp['lora_r']}, alpha={hp['lora_alpha']}, dropout={hp['lora_dropout']} on "
        f"{', '.join(info['lora_targets'])}; AdamW lr={hp['lr']}, warmup {hp['warmup']} steps, "
        f"cosine decay to {hp['min_lr_ratio']} x lr, max length {hp['max_len']} tokens "
        "(passages trimmed, answers never); loss on the assistant reply only. "
        f"Compute: {hp.get('precision', 'fp32')}. Weights stored in fp16.", "",
        "## Training data", "", "| file | SHA-256 |", "|---|---|", files, "",
    ]
    if evaluation:
        from .evaluate import card_section

        lines += card_section(evaluation)
    return "\n".join(lines) + "\n"
