"""Weight-only int8 and int4 for a causal LM on the CPU: the fast decode paths.

Decoding a small model one token at a time is bound by reading its weights
from memory, so storing them in int8 (a quarter of fp32) or int4 (an
eighth) is most of the speed-up. Only the weights are quantized, per output channel; activations
stay in bf16 inside the matmul. PyTorch's dynamic int8 quantization also
quantizes activations per tensor, and that flipped answers of SmolLM2
(outlier activations) and made a batched answer depend on the other rows of
the batch; weight-only int8 does neither.

The kernels are ``torch._weight_int8pack_mm`` (int8 weights, one scale per
output row) and ``torch._weight_int4pack_mm_for_cpu`` (4-bit codes, a scale
and offset per 32 inputs), both on bf16 activations accumulated in fp32,
kept behind :class:`Int8Linear` and :class:`Int4Linear`. int4 with groups
of 32 is the grid of GGUF's Q4_1, which the packaged SmolLM2 is stored in:
its codes come back exactly and only each group's scale and zero are
rounded, to bf16 as the kernel takes them (half a bf16 ulp of the zero: a
small fraction of a step unless a group sits far from zero), so int4 is not
a second rounding of those weights. The GGUF's head is Q8_0, so the head stays int8.
"""
from __future__ import annotations

import torch

ACTIVATION = torch.bfloat16
# Above this many rows (a prompt being read, not a token being decoded) one
# bf16 GEMM over the weights dequantized on the fly beats the int8 kernel,
# which is built for the few-row decode case.
GEMM_ROWS = 32
GROUP = 32  # GGUF's Q4 block size: a Q4_1 model's weights sit on this grid already


def int8_codes(linear: torch.nn.Linear) -> dict[str, torch.Tensor]:
    """Portable int8 form of a Linear: codes (out, in) and one bf16 scale per row."""
    weight = linear.weight.detach().float()
    scale = (weight.abs().amax(dim=1) / 127).clamp(min=1e-12)
    codes = torch.round(weight / scale[:, None]).clamp(-127, 127).to(torch.int8).contiguous()
    return _with_bias({"codes": codes, "scales": scale.to(ACTIVATION)}, linear)


def int4_codes(linear: torch.nn.Linear) -> dict[str, torch.Tensor]:
    """Portable int4 form of a Linear: 4-bit codes two to a byte, low nibble first,
    and per row and group of 32 inputs a bf16 scale and zero (``w = (code - 8) * scale + zero``).

    The grid is min to max of each group in 15 steps, as GGUF's Q4_1 rounds;
    the kernel's own packed layout is made at load (:class:`Int4Linear`), so
    what is stored does not depend on this CPU.
    """
    weight = linear.weight.detach().float()
    rows, cols = weight.shape
    if not fits_int4(linear):
        raise ValueError(f"int4 needs in_features % {GROUP} == 0 and out_features % 16 == 0, "
                         f"not {cols} and {rows}")
    groups = weight.reshape(rows, cols // GROUP, GROUP)
    low, high = groups.amin(dim=-1), groups.amax(dim=-1)
    scale = ((high - low) / 15).clamp(min=1e-12)
    codes = torch.round((groups - low[..., None]) / scale[..., None]).clamp(0, 15)
    codes = codes.to(torch.uint8).reshape(rows, cols)
    return _with_bias({"codes": codes[:, 0::2] | (codes[:, 1::2] << 4),
                       "scales": scale.to(ACTIVATION), "zeros": (low + 8 * scale).to(ACTIVATION)},
                      linear)


def fits_int4(linear: torch.nn.Linear) -> bool:
    return linear.in_features % GROUP == 0 and linear.out_features % 16 == 0


def _with_bias(tensors: dict, linear: torch.nn.Linear) -> dict:
    if linear.bias is not None:
        tensors["bias"] = linear.bias.detach().float().clone()
    return tensors


class Int8Linear(torch.nn.Module):
    """A Linear layer whose weight rests as int8 with one bf16 scale per output row."""

    def __init__(self, codes: torch.Tensor, scales: torch.Tensor, bias: torch.Tensor | None = None):
        super().__init__()
        self.out_features, self.in_features = codes.shape
        self.register_buffer("weight", codes)
        self.register_buffer("scales", scales)
        self.register_buffer("bias", bias)

    @classmethod
    def of(cls, linear: torch.nn.Linear) -> "Int8Linear":
        return cls(**int8_codes(linear))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        flat = x.reshape(-1, self.in_features).to(ACTIVATION)
        if flat.shape[0] > GEMM_ROWS:
            y = torch.nn.functional.linear(flat, self.weight.to(ACTIVATION) * self.scales[:, None])
        else:
            y = torch._weight_int8pack_mm(flat, self.weight, self.scales)
        y = y.to(x.dtype).reshape(*x.shape[:-1], self.out_features)
        return y if self.bias is None else y + self.bias

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, int8 weights"


class Int4Linear(torch.nn.Module):
    """A Linear layer whose weight rests as 4-bit codes, a scale and zero per 32 inputs.

    Half the bytes of int8; decoding a token reads every weight once. A
    prompt (many rows) goes through one bf16 GEMM over the weights unpacked
    from the codes instead: the int4 kernel is built for few rows and took
    twice as long there.
    """

    def __init__(self, codes: torch.Tensor, scales: torch.Tensor, zeros: torch.Tensor,
                 bias: torch.Tensor | None = None):
        super().__init__()
        self.out_features, self.in_features = codes.shape[0], codes.shape[1] * 2
        self.register_buffer("codes", codes)  # kept for prompts, which unpack them (below)
        self.register_buffer("weight", torch._convert_weight_to_int4pack_for_cpu(
            self._unpack().to(torch.int32).reshape(self.out_features, self.in_features), 1))
        # the kernel's layout, (in / 32, out, 2); prompts read scales and zeros through it
        self.register_buffer("scales_and_zeros",
                             torch.stack([scales.t(), zeros.t()], dim=-1).contiguous())
        self.register_buffer("bias", bias)

    @classmethod
    def of(cls, linear: torch.nn.Linear) -> "Int4Linear":
        return cls(**int4_codes(linear))

    def _unpack(self) -> torch.Tensor:
        """Codes as (out, in / 32, 32), one per byte."""
        return torch.stack([self.codes & 15, self.codes >> 4], dim=-1).reshape(
            self.out_features, -1, GROUP)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        flat = x.reshape(-1, self.in_features).to(ACTIVATION)
        if flat.shape[0] > GEMM_ROWS:
            scales, zeros = self.scales_and_zeros.permute(2, 1, 0)[..., None]  # (out, in / 32, 1)
            weight = (self._unpack().to(ACTIVATION) - 8) * scales + zeros
            y = torch.nn.functional.linear(flat, weight.reshape(self.out_features, self.in_features))
        else:
            y = torch._weight_int4pack_mm_for_cpu(flat, self.weight, GROUP, self.scales_and_zeros)
        y = y.to(x.dtype).reshape(*x.shape[:-1], self.out_features)
        return y if self.bias is None else y + self.bias

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, int4 weights"


def codes(linear: torch.nn.Linear, precision: str) -> dict[str, torch.Tensor]:
    """The stored form of ``linear`` at ``precision``; int4 falls back to int8 where it cannot pack."""
    if precision == "int4" and fits_int4(linear):
        return int4_codes(linear)
    return int8_codes(linear)


def from_codes(tensors: dict[str, torch.Tensor]) -> torch.nn.Module:
    """The layer :func:`codes` described: int4 if it has zeros, else int8."""
    return Int4Linear(**tensors) if "zeros" in tensors else Int8Linear(**tensors)


def quantize(model: torch.nn.Module, precision: str) -> torch.nn.Module:
    """Replace every Linear with int8 or int4 weights (the vocabulary head: int8), in place.

    "fp32" leaves the model as it is. A head tied to the input embeddings gets
    its own copy; the embedding lookup keeps fp32 (it reads one row per token,
    so it costs little).
    """
    if precision == "fp32":
        return model
    head = model.get_output_embeddings() if hasattr(model, "get_output_embeddings") else None
    for parent in list(model.modules()):
        for name, child in list(parent.named_children()):
            if isinstance(child, torch.nn.Linear):
                setattr(parent, name, from_codes(codes(child, "int8" if child is head else precision)))
    if getattr(model, "config", None) is not None:
        model.config.tie_word_embeddings = False  # the head is no longer the embedding matrix
    return model
